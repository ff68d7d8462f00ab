package id.pembina.evaluation.shell.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import id.pembina.evaluation.data.api.FollowThrough;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.platform.api.Messages;

/** A programme's recommendations and its follow-through actions (as {@code GET /follow-through/programs/...}). */
@Service
@Command(scope = "pembina", name = "recommendations",
        description = "Rekomendasi dan tindak lanjut program / A programme's recommendations and actions")
public class RecommendationsCommand implements Action {

    @Reference
    FollowThrough followThrough;

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
            lines(followThrough.recommendations(program, from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to)), followThrough.actions(program), messages)
                    .forEach(System.out::println);
        });
        return null;
    }

    static List<String> lines(List<Recommendation> recommendations, List<ProgramAction> actions, Messages messages) {
        List<String> out = new ArrayList<>();
        for (Recommendation r : recommendations) {
            out.add("- " + messages.bilingual(r.code(), r.subject(), round(r.value()), round(r.threshold())));
        }
        if (recommendations.isEmpty()) {
            out.add(messages.bilingual("evaluation.console.noRecommendations"));
        }
        for (ProgramAction a : actions) {
            out.add(ActionCommand.line(a));
        }
        return out;
    }

    static String round(double d) {
        return BigDecimal.valueOf(d).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }
}
