package id.pembina.planning.shell.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.SiasnExport;

/** As {@code GET /planning/siasn?format=csv}: the year's completed training for SIASN, to a file or the console. */
@Service
@Command(scope = "pembina", name = "siasn-export",
        description = "Ekspor riwayat kursus untuk SIASN (CSV) / SIASN training history export (CSV)")
public class SiasnExportCommand implements Action {

    @Reference
    SiasnExport siasn;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year (default: this year)")
    Integer year;

    @Option(name = "-u", aliases = "--unit", description = "Kode unit; tanpa: semua / Unit code; none: all")
    String unit;

    @Argument(index = 0, name = "file", description = "Berkas tujuan; tanpa: layar / Target file; none: the console")
    String file;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            String csv = siasn.csv(Console.year(year), unit);
            if (file == null) {
                System.out.print(csv);
            } else {
                Files.writeString(Path.of(file), csv, StandardCharsets.UTF_8);
                System.out.println(messages.bilingual("planning.console.written", file,
                        Math.max(0, csv.split("\r\n").length - 1)));
            }
            return null;
        });
    }
}
