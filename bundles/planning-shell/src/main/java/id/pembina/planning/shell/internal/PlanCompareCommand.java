package id.pembina.planning.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.PlanComparison;
import id.pembina.planning.api.PlanLine;
import id.pembina.planning.api.Plans;

/** As {@code GET /planning/plans/{plan}/compare}: what changed between two versions. */
@Service
@Command(scope = "pembina", name = "plan-compare", description = "Bandingkan dua versi rencana / Compare two plan versions")
public class PlanCompareCommand implements Action {

    @Reference
    Plans plans;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "plan", required = true, description = "Nomor rencana / Plan id")
    long plan;

    @Argument(index = 1, name = "from", required = true, description = "Versi lama / Older version")
    int from;

    @Argument(index = 2, name = "to", required = true, description = "Versi baru / Newer version")
    int to;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            PlanComparison c = plans.compare(plan, from, to);
            print("+", c.added());
            print("-", c.removed());
            print("~", c.changed());
            System.out.println(messages.bilingual("planning.console.delta", Console.rupiah(c.costDelta()),
                    c.seatsDelta(), c.jpDelta()));
            return null;
        });
    }

    private static void print(String sign, java.util.List<PlanLine> lines) {
        lines.forEach(l -> System.out.println(sign + " " + l.line() + ". " + l.session().programCode() + "  "
                + l.session().start() + "  " + l.session().participantNips().size() + "  "
                + Console.rupiah(l.session().plannedCost())));
    }
}
