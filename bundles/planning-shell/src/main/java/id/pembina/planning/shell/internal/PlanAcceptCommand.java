package id.pembina.planning.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.Acceptance;
import id.pembina.planning.api.LineOutcome;
import id.pembina.planning.api.Plans;

/** As {@code POST /planning/plans/{plan}/versions/{version}/accept}: sessions and enrollments from a plan. */
@Service
@Command(scope = "pembina", name = "plan-accept",
        description = "Setujui versi rencana (atau sebagian baris): sesi dan pendaftaran dibuat / Accept a plan version (or some lines)")
public class PlanAcceptCommand implements Action {

    @Reference
    Plans plans;

    @Reference
    Messages messages;

    @Option(name = "-l", aliases = "--line", multiValued = true, description = "Nomor baris; tanpa: semua / Line number; none: all")
    List<Integer> lines;

    @Option(name = "--venue", description = "Tempat sesi / Venue of the sessions")
    String venue;

    @Argument(index = 0, name = "plan", required = true, description = "Nomor rencana / Plan id")
    long plan;

    @Argument(index = 1, name = "version", required = true, description = "Versi / Version")
    int version;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            Acceptance a = plans.accept(plan, version, lines == null ? List.of() : lines, venue);
            for (LineOutcome o : a.outcomes()) {
                if (o.accepted()) {
                    System.out.println(messages.bilingual("planning.console.accepted", o.line(), o.sessionId(),
                            o.enrolled()));
                } else {
                    System.out.println(messages.bilingual("planning.console.refused", o.line()));
                    o.refusals().forEach(r -> System.out.println("  " + messages.bilingual(r)));
                }
            }
            return null;
        });
    }
}
