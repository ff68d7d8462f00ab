package id.pembina.planning.schedule.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-stop", description = "Hentikan solver lebih awal / Stop the solver early")
public class ScheduleStopCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "id", required = true, description = "Id pekerjaan / Job id")
    String id;

    @Override
    public Object execute() {
        Console.printJob(messages, () -> scheduler.stop(id), false);
        return null;
    }
}
