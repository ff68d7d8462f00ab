package id.pembina.planning.shell.internal;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.Competencies;
import id.pembina.platform.api.ImportResult;

/** As {@code POST /planning/needs/{requirements|levels|program-competencies}/import}. */
@Service
@Command(scope = "pembina", name = "needs-import",
        description = "Impor standar kompetensi, level, atau kompetensi program dari CSV / Import requirements, levels or programme competencies from CSV")
public class NeedsImportCommand implements Action {

    @Reference
    Competencies competencies;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "kind", required = true,
            description = "requirements | levels | programs")
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "Berkas CSV UTF-8 / UTF-8 CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws Exception {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println(messages.bilingual("planning.console.fileUnreadable", file));
            return null;
        }
        return Console.run(messages, () -> {
            ImportResult r;
            try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
                switch (kind) {
                    case "requirements" -> r = competencies.importRequirements(reader);
                    case "levels" -> r = competencies.importLevels(reader);
                    case "programs" -> r = competencies.importProgramCompetencies(reader);
                    default -> {
                        System.err.println(messages.bilingual("planning.console.kind", kind));
                        return null;
                    }
                }
            }
            System.out.println(messages.bilingual("planning.console.imported", r.imported()));
            return null;
        });
    }
}
