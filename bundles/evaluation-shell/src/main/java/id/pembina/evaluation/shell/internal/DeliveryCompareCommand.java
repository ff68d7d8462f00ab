package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.Messages;

/** A programme's sessions compared by delivery mode (as {@code GET /evaluations/programs/{code}/delivery}). */
@Service
@Command(scope = "pembina", name = "delivery-compare",
        description = "Bandingkan klasikal, blended dan e-learning / Compare classroom, blended and e-learning")
public class DeliveryCompareCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Option(name = "--from", description = "Mulai (YYYY-MM-DD) / From")
    String from;

    @Option(name = "--to", description = "Sampai (YYYY-MM-DD) / To")
    String to;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Override
    public Object execute() throws Exception {
        Refusals.print(messages, () -> {
            lines(evaluation.compareDelivery(program, from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to))).forEach(System.out::println);
        });
        return null;
    }

    /** One line per delivery mode: n, gain, behaviour change, attendance and cost per JP. */
    static List<String> lines(DeliveryComparison c) {
        List<String> out = new ArrayList<>();
        out.add(String.format("%-11s %4s %5s %5s %6s %3s %6s %6s %6s %14s", "cara/mode", "sesi", "kursi", "n L2",
                "<g>", "", "n L3", "Δ L3", "hadir", "Rp/JP"));
        for (DeliveryComparison.Group g : c.groups()) {
            out.add(String.format("%-11s %4d %5d %5d %6s %3s %6d %6s %6s %14s", g.mode(), g.sessions(), g.seats(),
                    g.pairs(), Text.num(g.classGain()), g.gainBand() == null ? "-" : g.gainBand().name().charAt(0),
                    g.ratedParticipants(), Text.num(g.behaviourChange()), Text.pct(g.attendanceRate()),
                    Text.plain(g.costPerJp())));
        }
        return out;
    }
}
