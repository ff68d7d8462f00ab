package id.pembina.reporting.formats.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

import org.osgi.service.component.annotations.Component;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;

/**
 * {@code pdf}: the HTML page rendered by openhtmltopdf on PDFBox, A4 with page numbers, DejaVu Sans embedded
 * (subset) so that every glyph prints the same everywhere; charts as PNG images.
 */
@Component(immediate = true, service = ReportFormat.class)
public class PdfFormat implements ReportFormat {

    static {
        // openhtmltopdf logs several INFO lines for every document it renders; its warnings are worth keeping.
        XRLog.listRegisteredLoggers().forEach(logger -> XRLog.setLevel(logger, Level.WARNING));
    }

    @Override
    public String id() {
        return "pdf";
    }

    @Override
    public String mediaType() {
        return "application/pdf";
    }

    @Override
    public String extension() {
        return "pdf";
    }

    @Override
    public String title(Locale locale) {
        return FormatTexts.text(locale, "format.pdf");
    }

    @Override
    public void write(ReportDocument document, Locale locale, OutputStream out) throws IOException {
        StringWriter html = new StringWriter();
        Templates.report(HtmlModel.of(document, locale,
                g -> Map.of("title", g.title(), "png", ChartPng.dataUri(g))), html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.useFont(Fonts::regular, Fonts.FAMILY, 400, FontStyle.NORMAL, true);
        builder.useFont(Fonts::bold, Fonts.FAMILY, 700, FontStyle.NORMAL, true);
        builder.withHtmlContent(html.toString(), null);
        builder.toStream(out);
        builder.run();
    }
}
