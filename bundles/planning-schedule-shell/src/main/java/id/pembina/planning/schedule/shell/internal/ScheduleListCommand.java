package id.pembina.planning.schedule.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-list", description = "Pekerjaan penjadwalan, terbaru dahulu / Scheduling jobs, newest first")
public class ScheduleListCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Override
    public Object execute() {
        List<ScheduleJob> jobs = Console.run(messages, scheduler::jobs);
        if (jobs != null) {
            jobs.forEach(j -> System.out.println(messages.bilingual("scheduleShell.job", j.id(), j.unitCode(), Integer.toString(j.year()),
                    j.state().name(), j.percent())));
        }
        return null;
    }
}
