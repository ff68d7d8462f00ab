package id.pembina.planning.schedule.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.SavedPlan;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-save",
        description = "Simpan usulan sebagai draf rencana / Save a proposal as a plan draft")
public class ScheduleSaveCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Option(name = "-n", aliases = "--name", description = "Nama rencana / Plan name")
    String name;

    @Argument(index = 0, name = "id", required = true, description = "Id pekerjaan / Job id")
    String id;

    @Argument(index = 1, name = "source", required = true, description = "solver | greedy")
    String source;

    @Override
    public Object execute() {
        SavedPlan plan = Console.run(messages, () -> scheduler.saveAsPlan(id, source, name));
        if (plan != null) {
            System.out.println(messages.bilingual("scheduleShell.saved", plan.planId(), plan.version(), plan.source()));
        }
        return null;
    }
}
