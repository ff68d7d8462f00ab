package id.pembina.catalog.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.platform.api.Messages;

/**
 * One stored version of an instrument, also after its module moved on or left
 * (as {@code GET /programs/{code}/instruments/{kind}/{version}}).
 */
@Service
@Command(scope = "pembina", name = "instrument-show",
        description = "Satu versi instrumen yang tersimpan / One stored version of an instrument")
public class InstrumentShowCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Argument(index = 1, name = "kind", required = true, description = "reaction, knowledge-test, behaviour")
    @Completion(value = StringsCompleter.class, values = { "reaction", "knowledge-test", "behaviour" })
    String kind;

    @Argument(index = 2, name = "version", required = true, description = "Versi instrumen / Instrument version")
    String version;

    @Override
    public Object execute() {
        Optional<List<String>> lines = switch (kind) {
            case "reaction" -> catalog.reaction(program, version).map(i -> lines(i, messages));
            case "knowledge-test" -> catalog.knowledgeTest(program, version).map(i -> lines(i, messages));
            case "behaviour" -> catalog.behaviour(program, version).map(i -> lines(i, messages));
            default -> null;
        };
        if (lines == null) {
            System.err.println(messages.bilingual("catalog.console.unknownInstrumentKind", kind));
        } else if (lines.isEmpty()) {
            System.err.println(messages.bilingual("catalog.console.instrumentNotFound", program, kind, version));
        } else {
            lines.get().forEach(System.out::println);
        }
        return null;
    }

    static List<String> lines(ReactionQuestionnaire r, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.bilingual("catalog.console.programReaction", r.version(), r.items().size(), r.anonymous() ? 1 : 0));
        r.items().forEach(i -> out.add("  " + i.id() + "  " + i.text()));
        return out;
    }

    static List<String> lines(KnowledgeTest t, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.bilingual("catalog.console.programTest", t.version(), t.items().size(), t.maxPoints()));
        for (KnowledgeTest.TestItem i : t.items()) {
            out.add("  " + i.id() + "  " + i.question() + " (" + i.points() + ")");
            for (int o = 0; o < i.options().size(); o++) {
                out.add("    " + (o == i.answerIndex() ? "* " : "  ") + (char) ('a' + o) + ". " + i.options().get(o));
            }
        }
        return out;
    }

    static List<String> lines(BehaviourChecklist b, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.bilingual("catalog.console.programBehaviour", b.version(), b.indicators().size()));
        b.indicators().forEach(i -> out.add("  " + i.id() + "  " + i.text()));
        return out;
    }
}
