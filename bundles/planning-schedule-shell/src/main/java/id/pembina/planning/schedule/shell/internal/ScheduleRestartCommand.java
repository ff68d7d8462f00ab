package id.pembina.planning.schedule.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-restart",
        description = "Jalankan lagi pekerjaan dari masukannya yang tersimpan / Start a job again from its stored input")
public class ScheduleRestartCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "id", required = true, description = "Id pekerjaan / Job id")
    String id;

    @Override
    public Object execute() {
        Console.printJob(messages, () -> scheduler.restart(id), false);
        return null;
    }
}
