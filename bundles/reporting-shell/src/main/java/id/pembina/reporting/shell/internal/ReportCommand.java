package id.pembina.reporting.shell.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.Reports;

/** Makes a report into a file, as {@code GET /api/v1/reports/{type}} does. */
@Service
@Command(scope = "pembina", name = "report", description = "Membuat laporan ke berkas / Makes a report into a file")
public class ReportCommand implements Action {

    @Reference
    Reports reports;

    @Reference
    Messages messages;

    @Option(name = "-f", aliases = "--format", required = true, description = "Format: pdf, xlsx, csv, html, ...")
    @Completion(FormatCompleter.class)
    String format;

    @Option(name = "-o", aliases = "--out", required = true, description = "Berkas tujuan / The file to write")
    @Completion(FileCompleter.class)
    String out;

    @Option(name = "-p", aliases = "--param", multiValued = true,
            description = "Parameter laporan nama=nilai / A report parameter name=value, e.g. year=2026")
    List<String> params;

    @Option(name = "-l", aliases = "--lang", description = "id (bawaan / default) atau/or en")
    String lang;

    @Argument(index = 0, name = "type", required = true, description = "Jenis laporan / Report type")
    @Completion(TypeCompleter.class)
    String type;

    @Override
    public Object execute() throws IOException {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String p : params == null ? List.<String>of() : params) {
            int eq = p.indexOf('=');
            if (eq <= 0) {
                System.err.println(messages.bilingual("report.console.paramSyntax", p));
                return null;
            }
            parameters.put(p.substring(0, eq).strip(), p.substring(eq + 1).strip());
        }
        Locale locale = lang == null ? Languages.INDONESIAN : Languages.of(Locale.forLanguageTag(lang));
        try {
            RenderedReport r = reports.make(type, format, parameters, locale);
            Path file = Path.of(out).toAbsolutePath();
            try (OutputStream o = Files.newOutputStream(file)) {
                r.writeTo(o);
            }
            System.out.println(messages.bilingual("report.console.written", file, Files.size(file), r.fileName()));
        } catch (ValidationException e) {
            for (FieldError err : e.errors()) {
                System.err.println(messages.bilingual(err));
            }
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("report.console.notFound", e.key()));
        }
        return null;
    }
}
