package id.pembina.planning.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.Plans;

/** As {@code GET /planning/plans}: the plans of a year. */
@Service
@Command(scope = "pembina", name = "plan-list", description = "Rencana setahun / Plans of a year")
public class PlanListCommand implements Action {

    @Reference
    Plans plans;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year (default: this year)")
    Integer year;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            for (PlanSummary p : plans.plans(Console.year(year))) {
                System.out.println(messages.bilingual("planning.console.plan", p.planId(), p.name(),
                        p.unitCode() == null ? "-" : p.unitCode(), p.versions(),
                        p.accepted() == null ? "-" : p.accepted()));
            }
            return null;
        });
    }
}
