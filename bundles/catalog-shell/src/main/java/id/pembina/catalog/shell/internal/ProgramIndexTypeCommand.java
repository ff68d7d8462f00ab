package id.pembina.catalog.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;

/** Sets what a programme counts as for the IP ASN index (as {@code PUT /programs/{code}/index-training-type}). */
@Service
@Command(scope = "pembina", name = "program-index-type",
        description = "Jenis pelatihan program untuk IP ASN / A programme's training type for the IP ASN index")
public class ProgramIndexTypeCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Option(name = "-c", aliases = "--clear",
            description = "Kembali ke jenis yang dinyatakan modul / Back to the module's declaration")
    boolean clear;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String code;

    @Argument(index = 1, name = "type", description = "PKN_I, PKN_II, PKA, PKP, FUNGSIONAL, TEKNIS, SEMINAR")
    @Completion(value = StringsCompleter.class, values = { "PKN_I", "PKN_II", "PKA", "PKP", "FUNGSIONAL", "TEKNIS",
        "SEMINAR" })
    String type;

    @Override
    public Object execute() {
        IndexTrainingType t = null;
        if (type != null) {
            try {
                t = IndexTrainingType.valueOf(type.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                System.err.println(messages.bilingual("catalog.console.indexTypeUnknown", type));
                return null;
            }
        }
        try {
            Program p;
            if (t != null || clear) {
                p = catalog.setIndexTrainingType(code, t);
            } else {
                p = catalog.program(code).orElseThrow(() -> new NotFoundException(code)).program();
            }
            System.out.println(line(p, messages));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("program.notFound", code));
        }
        return null;
    }

    static String line(Program p, Messages messages) {
        return messages.bilingual(p.indexTrainingTypeSet() ? "catalog.console.indexTypeSet"
                : "catalog.console.indexTypeDeclared", p.code(), p.indexTrainingType().name());
    }
}
