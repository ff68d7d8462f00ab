package id.pembina.planning.schedule.shell.internal;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-duty-import",
        description = "Impor blok tugas (nip,from,to,kind) atau dengan -s petugas minimum (unit,weekday,from,to,minimum) / Import duty blocks, or with -s minimum staffing")
public class DutyImportCommand implements Action {

    @Reference
    DutyRoster roster;

    @Reference
    Messages messages;

    @Option(name = "-s", aliases = "--staffing", description = "Berkas petugas minimum / A minimum-staffing file")
    boolean staffing;

    @Argument(index = 0, name = "file", required = true, description = "CSV")
    String file;

    @Override
    public Object execute() throws IOException {
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            ImportResult result = Console.run(messages,
                    () -> staffing ? roster.importStaffing(r) : roster.importDuties(r));
            if (result != null) {
                System.out.println(messages.bilingual("scheduleShell.imported", result.imported(), result.rows()));
            }
        }
        return null;
    }
}
