package id.pembina.catalog.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.platform.api.Messages;

/** One programme with its current instruments and every stored instrument version (as {@code GET /programs/{code}}). */
@Service
@Command(scope = "pembina", name = "program-show",
        description = "Program dengan instrumen dan versinya / A programme with its instruments and their versions")
public class ProgramShowCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        catalog.program(code).ifPresentOrElse(p -> lines(p, messages).forEach(System.out::println),
                () -> System.out.println(messages.bilingual("program.notFound", code)));
        return null;
    }

    static List<String> lines(ProgramDetail d, Messages messages) {
        Program p = d.program();
        List<String> out = new ArrayList<>();
        out.add(p.code() + " " + p.title() + " (" + p.jp() + " JP, " + p.competencyType() + ", " + p.deliveryMethod() + ")");
        out.add("  " + messages.bilingual(p.installed() ? "catalog.console.programModule" : "catalog.console.programModuleGone",
                p.moduleId(), p.moduleVersion()));
        out.add("  " + ProgramIndexTypeCommand.line(p, messages));
        if (d.reaction() != null) {
            out.add("  " + messages.bilingual("catalog.console.programReaction", d.reaction().version(),
                    d.reaction().items().size(), d.reaction().anonymous() ? 1 : 0));
        }
        if (d.knowledgeTest() != null) {
            out.add("  " + messages.bilingual("catalog.console.programTest", d.knowledgeTest().version(),
                    d.knowledgeTest().items().size(), d.knowledgeTest().maxPoints()));
        }
        if (d.behaviour() != null) {
            out.add("  " + messages.bilingual("catalog.console.programBehaviour", d.behaviour().version(),
                    d.behaviour().indicators().size()));
        }
        for (ResultsIndicator r : d.results()) {
            out.add("  " + messages.bilingual("catalog.console.programResults", r.id(), r.unitOfMeasure(), r.direction()));
        }
        for (ProgramDetail.InstrumentVersion v : d.instrumentVersions()) {
            out.add("  " + messages.bilingual("catalog.console.programVersion", v.kind(), v.version(), v.moduleVersion()));
        }
        return out;
    }
}
