package id.pembina.evaluation.shell.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "responses-import",
        description = "Impor jawaban evaluasi dari CSV, semua atau tidak sama sekali / Import evaluation answers from CSV, all or nothing")
public class ResponsesImportCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "kind", required = true, description = "reaction, pretest, posttest, followups")
    @Completion(value = StringsCompleter.class, values = { "reaction", "pretest", "posttest", "followups" })
    String kind;

    @Argument(index = 1, name = "file", required = true, description = "Berkas CSV UTF-8 / UTF-8 CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Argument(index = 2, name = "session", description = "ID sesi (tidak untuk followups) / Session id (not for followups)")
    Long session;

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println(messages.bilingual("evaluation.console.fileUnreadable", file));
            return null;
        }
        if (session == null && !"followups".equals(kind)) {
            System.err.println(messages.bilingual("evaluation.console.sessionRequired"));
            return null;
        }
        ImportResult result;
        try (Reader csv = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            switch (kind) {
                case "reaction": result = evaluation.importReactions(session, csv); break;
                case "pretest": result = evaluation.importTests(session, TestPhase.PRE, csv); break;
                case "posttest": result = evaluation.importTests(session, TestPhase.POST, csv); break;
                case "followups": result = evaluation.importFollowUps(csv); break;
                default:
                    System.err.println(messages.bilingual("evaluation.console.unknownKind", kind));
                    return null;
            }
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.sessionNotFound", session));
            return null;
        }
        if (result.succeeded()) {
            System.out.println(messages.bilingual("evaluation.console.imported", result.imported(), result.rows()));
        } else {
            System.err.println(messages.bilingual("evaluation.console.importRefused"));
            for (ImportResult.RowError e : result.errors()) {
                System.err.println("  " + messages.bilingual("evaluation.console.line", e.line()) + ": " + messages.bilingual(e.error()));
            }
        }
        return null;
    }
}
