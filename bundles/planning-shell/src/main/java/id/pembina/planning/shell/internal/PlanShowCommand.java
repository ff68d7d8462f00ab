package id.pembina.planning.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.PlanSnapshot;
import id.pembina.planning.api.Plans;

/** As {@code GET /planning/plans/{plan}/versions/{version}}: one version with its lines. */
@Service
@Command(scope = "pembina", name = "plan-show", description = "Satu versi rencana / One plan version")
public class PlanShowCommand implements Action {

    @Reference
    Plans plans;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "plan", required = true, description = "Nomor rencana / Plan id")
    long plan;

    @Argument(index = 1, name = "version", description = "Versi; tanpa: terakhir / Version; none: the latest")
    int version;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            PlanSnapshot s = plans.version(plan, version);
            System.out.println(messages.bilingual("planning.console.version", s.planId(), s.version(), s.name(),
                    s.year(), s.source(), s.savedBy(), Console.rupiah(s.cost()), s.seats(), s.jp()));
            for (PlanLine l : s.lines()) {
                var x = l.session();
                System.out.println("  " + l.line() + ". " + x.programCode() + "  " + x.start() + ".." + x.end() + "  "
                        + (x.deliveryMode() == null ? "" : x.deliveryMode() + "  ") + x.participantNips().size() + "/"
                        + x.capacity() + "  " + Console.rupiah(x.plannedCost())
                        + (l.acceptedSession() == null ? "" : "  -> " + l.acceptedSession()));
            }
            return null;
        });
    }
}
