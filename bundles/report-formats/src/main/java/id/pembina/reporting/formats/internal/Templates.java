package id.pembina.reporting.formats.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;

/**
 * The report page template (JMustache; every value HTML-escaped), compiled once. Its markup is well-formed
 * XHTML so that openhtmltopdf can read the same page for the PDF.
 */
final class Templates {

    private static final Template REPORT = compile("report.mustache");

    private Templates() {
    }

    static void report(Map<String, Object> model, Writer out) {
        REPORT.execute(model, out);
    }

    private static Template compile(String name) {
        try (Reader in = new InputStreamReader(Templates.class.getResourceAsStream(name), StandardCharsets.UTF_8)) {
            return Mustache.compiler().escapeHTML(true).defaultValue("").emptyStringIsFalse(true).compile(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
