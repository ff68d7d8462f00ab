package id.pembina.planning.schedule.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-show",
        description = "Kemajuan, perbandingan dengan greedy dan penjelasan sebuah pekerjaan / A job's progress, greedy comparison and explanation")
public class ScheduleShowCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "id", required = true, description = "Id pekerjaan / Job id")
    String id;

    @Override
    public Object execute() {
        Console.printJob(messages, () -> scheduler.job(id), true);
        return null;
    }
}
