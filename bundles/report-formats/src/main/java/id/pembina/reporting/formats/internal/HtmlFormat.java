package id.pembina.reporting.formats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;

/** {@code html}: one self-contained page (styles inline, charts as inline SVG). */
@Component(immediate = true, service = ReportFormat.class)
public class HtmlFormat implements ReportFormat {

    @Override
    public String id() {
        return "html";
    }

    @Override
    public String mediaType() {
        return "text/html; charset=UTF-8";
    }

    @Override
    public String extension() {
        return "html";
    }

    @Override
    public String title(Locale locale) {
        return FormatTexts.text(locale, "format.html");
    }

    @Override
    public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        Templates.report(HtmlModel.of(document, locale, g -> Map.of("title", g.title(), "svg", g)), w);
        w.flush();
    }
}
