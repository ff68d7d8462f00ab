package id.pembina.registry.shell.internal;

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

import id.pembina.platform.api.ImportResult;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "participant-import",
        description = "Impor peserta dari CSV, semua atau tidak sama sekali / Import participants from CSV, all or nothing")
public class ParticipantImportCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "file", required = true, description = "Berkas CSV UTF-8 / UTF-8 CSV file")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() throws IOException {
        Path path = Path.of(file);
        if (!Files.isReadable(path)) {
            System.err.println(messages.bilingual("registry.console.fileUnreadable", file));
            return null;
        }
        ImportResult result;
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            result = registry.importCsv(reader);
        }
        if (result.succeeded()) {
            System.out.println(messages.bilingual("registry.console.imported", result.imported()));
        } else {
            System.err.println(messages.bilingual("registry.console.importRefused"));
            for (ImportResult.RowError e : result.errors()) {
                System.err.println("  " + messages.bilingual("registry.console.line", e.line()) + ": " + messages.bilingual(e.error()));
            }
        }
        return null;
    }
}
