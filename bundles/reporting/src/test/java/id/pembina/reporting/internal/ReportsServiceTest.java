package id.pembina.reporting.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.Test;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormatInfo;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;
import id.pembina.reporting.api.ReportTypeInfo;

/** The registry: types and formats coming and going, parameters checked before a type sees them. */
public class ReportsServiceTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    /** A type echoing its parameters, to see what reaches it. */
    private static final class Echo implements ReportType {
        ReportRequest seen;

        @Override
        public String id() {
            return "echo";
        }

        @Override
        public String title(Locale locale) {
            return "en".equals(locale.getLanguage()) ? "Echo" : "Gema";
        }

        @Override
        public List<ReportParameter> parameters() {
            return List.of(new ReportParameter("year", ReportParameter.Kind.YEAR, true, "report.param.year"),
                    new ReportParameter("from", ReportParameter.Kind.DATE, false, "report.param.from"));
        }

        @Override
        public ReportDocument build(ReportRequest request) {
            seen = request;
            return new ReportDocument("gema-" + request.parameter("year").orElseThrow(), "Gema", List.of(), List.of());
        }
    }

    private final Instant now = Instant.parse("2026-11-27T03:00:00Z");
    private final ReportsService reports = new ReportsService(Clock.fixed(now, ZoneOffset.UTC));

    @Test
    public void listsWhatIsRegisteredNow() {
        Echo echo = new Echo();
        Docs.TitleFormat b = new Docs.TitleFormat("b");
        reports.addType(echo);
        reports.addFormat(b);
        reports.addFormat(new Docs.TitleFormat("a"));
        assertEquals(List.of(new ReportTypeInfo("echo", "Gema", echo.parameters())), reports.types(null));
        assertEquals("Echo", reports.types(Locale.ENGLISH).get(0).title());
        assertEquals(List.of(new ReportFormatInfo("a", "Text a", "text/plain", "txt"),
                new ReportFormatInfo("b", "Text b", "text/plain", "txt")), reports.formats(Locale.ENGLISH));
        reports.removeFormat(b);
        reports.removeType(echo);
        assertEquals(List.of("a"), reports.formats(null).stream().map(ReportFormatInfo::id).toList());
        assertEquals(List.of(), reports.types(null));
    }

    @Test
    public void makesTheFileNamedByTheDocument() throws Exception {
        Echo echo = new Echo();
        reports.addType(echo);
        reports.addFormat(new Docs.TitleFormat("txt"));
        RenderedReport r = reports.make("echo", "txt", Map.of("year", "2026"), Locale.forLanguageTag("en-GB"));
        assertEquals("gema-2026.txt", r.fileName());
        assertEquals("text/plain", r.mediaType());
        assertEquals(Locale.ENGLISH, echo.seen.locale());
        assertEquals(now, echo.seen.generatedAt());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        r.writeTo(out);
        assertEquals("Gema", out.toString(java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    public void refusesUnknownAndMissingParametersAtOnce() {
        reports.addType(new Echo());
        reports.addFormat(new Docs.TitleFormat("txt"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> reports.make("echo", "txt", Map.of("program", "X", "from", "2026-13-01"), null));
        assertEquals(List.of(FieldError.of("program", "report.parameterUnknown", "program", "year, from"),
                FieldError.of("year", "report.parameterRequired", "year"),
                FieldError.of("from", "report.dateInvalid", "2026-13-01")), e.errors());
        assertEquals(List.of(FieldError.of("year", "report.yearInvalid", "1999", 2000, 2100)), assertThrows(
                ValidationException.class, () -> reports.make("echo", "txt", Map.of("year", "1999"), null)).errors());
        assertEquals("Parameter laporan tidak dikenal: program (laporan ini menerima: year, from)",
                new Texts(null).t("report.parameterUnknown", "program", "year, from"));
    }

    @Test
    public void unknownTypeOrFormatIsNotFound() {
        reports.addType(new Echo());
        reports.addFormat(new Docs.TitleFormat("txt"));
        assertEquals("nope", assertThrows(NotFoundException.class,
                () -> reports.make("nope", "txt", Map.of("year", "2026"), null)).key());
        assertEquals("pdf", assertThrows(NotFoundException.class,
                () -> reports.make("echo", "pdf", Map.of("year", "2026"), null)).key());
    }
}
