package id.pembina.shell.internal;

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
import id.pembina.evaluation.data.api.EvaluationMessages;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.participant.api.ImportResult;
import id.pembina.participant.api.Messages;
import id.pembina.participant.api.NotFoundException;

@Service
@Command(scope = "pembina", name = "responses-import",
        description = "Impor jawaban evaluasi dari CSV, semua atau tidak sama sekali / Import evaluation answers from CSV, all or nothing")
public class ResponsesImportCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

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
            System.err.println(Text.both("Berkas tidak dapat dibaca: " + file, "Cannot read file: " + file));
            return null;
        }
        if (session == null && !"followups".equals(kind)) {
            System.err.println(Text.both("ID sesi diperlukan", "A session id is required"));
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
                    System.err.println(Text.both("Jenis tidak dikenal: " + kind, "Unknown kind: " + kind));
                    return null;
            }
        } catch (NotFoundException e) {
            System.err.println(Text.both("Sesi " + session + " tidak ditemukan", "No session " + session));
            return null;
        }
        if (result.succeeded()) {
            System.out.println(Text.both(result.imported() + " dari " + result.rows() + " baris diimpor",
                    result.imported() + " of " + result.rows() + " rows imported"));
        } else {
            System.err.println(Text.both("Impor ditolak, tidak ada yang disimpan", "Import refused, nothing was stored"));
            for (ImportResult.RowError e : result.errors()) {
                String field = e.error().field() == null || e.error().field().isEmpty() ? "" : e.error().field() + ": ";
                System.err.println("  baris/line " + e.line() + ": " + field + Text.both(
                        EvaluationMessages.message(e.error(), Messages.INDONESIAN),
                        EvaluationMessages.message(e.error(), java.util.Locale.ENGLISH)));
            }
        }
        return null;
    }
}
