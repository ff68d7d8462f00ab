package id.pembina.planning.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.LineProgress;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.Plans;

/** As {@code GET /planning/plans/{plan}/versions/{version}/progress}: planned against realised. */
@Service
@Command(scope = "pembina", name = "plan-progress", description = "Rencana vs realisasi / Planned vs realised")
public class PlanProgressCommand implements Action {

    @Reference
    Plans plans;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "plan", required = true, description = "Nomor rencana / Plan id")
    long plan;

    @Argument(index = 1, name = "version", required = true, description = "Versi / Version")
    int version;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            PlanProgress p = plans.progress(plan, version);
            for (LineProgress l : p.lines()) {
                System.out.println("  " + l.line() + ". " + l.programCode() + "  " + Console.rupiah(l.plannedCost())
                        + " / " + Console.rupiah(l.realisedCost()) + "  " + l.plannedParticipants() + " / "
                        + l.realisedParticipants() + "  JP " + l.plannedJp() + " / " + l.realisedJp());
            }
            System.out.println(messages.bilingual("planning.console.progress", Console.rupiah(p.plannedCost()),
                    Console.rupiah(p.realisedCost()), p.plannedParticipants(), p.realisedParticipants(),
                    p.plannedJp(), p.realisedJp()));
            System.out.println(messages.bilingual("planning.console.unitCosts",
                    Console.rupiah(p.plannedCostPerParticipant()), Console.rupiah(p.realisedCostPerParticipant()),
                    Console.rupiah(p.plannedCostPerJp()), Console.rupiah(p.realisedCostPerJp())));
            return null;
        });
    }
}
