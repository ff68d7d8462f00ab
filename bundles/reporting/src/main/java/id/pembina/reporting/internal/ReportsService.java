package id.pembina.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.pembina.platform.api.Languages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportFormat;
import id.pembina.reporting.api.ReportFormatInfo;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;
import id.pembina.reporting.api.ReportTypeInfo;
import id.pembina.reporting.api.Reports;

/**
 * The registry of report types and formats (whiteboard: services coming and going at run time, as
 * openHAB's registries track their providers) and the one way a report is made.
 */
@Component(immediate = true, service = Reports.class)
public class ReportsService implements Reports {

    private final Map<String, ReportType> types = new ConcurrentHashMap<>();
    private final Map<String, ReportFormat> formats = new ConcurrentHashMap<>();
    private final Clock clock;

    public ReportsService() {
        this(Clock.system(id.pembina.reporting.api.CellText.WIB));
    }

    /** For tests: a clock of the test's choosing. */
    public ReportsService(Clock clock) {
        this.clock = clock;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addType(ReportType type) {
        types.put(type.id(), type);
    }

    public void removeType(ReportType type) {
        types.remove(type.id(), type);
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addFormat(ReportFormat format) {
        formats.put(format.id(), format);
    }

    public void removeFormat(ReportFormat format) {
        formats.remove(format.id(), format);
    }

    @Override
    public List<ReportTypeInfo> types(Locale locale) {
        Locale l = Languages.of(locale);
        List<ReportTypeInfo> out = new ArrayList<>();
        types.values().forEach(t -> out.add(new ReportTypeInfo(t.id(), t.title(l), t.parameters())));
        out.sort(Comparator.comparing(ReportTypeInfo::id));
        return out;
    }

    @Override
    public List<ReportFormatInfo> formats(Locale locale) {
        Locale l = Languages.of(locale);
        List<ReportFormatInfo> out = new ArrayList<>();
        formats.values().forEach(f -> out.add(new ReportFormatInfo(f.id(), f.title(l), f.mediaType(), f.extension())));
        out.sort(Comparator.comparing(ReportFormatInfo::id));
        return out;
    }

    @Override
    public RenderedReport make(String type, String format, Map<String, String> parameters, Locale locale) {
        ReportType t = type == null ? null : types.get(type);
        if (t == null) {
            throw new NotFoundException(String.valueOf(type));
        }
        ReportFormat f = format == null ? null : formats.get(format);
        if (f == null) {
            throw new NotFoundException(String.valueOf(format));
        }
        ParameterCheck.check(t.parameters(), parameters == null ? Map.of() : parameters);
        Locale l = Languages.of(locale);
        ReportDocument doc = t.build(new ReportRequest(parameters == null ? Map.of() : parameters, l, clock.instant()));
        return new Rendered(doc.fileStem() + "." + f.extension(), f, doc, l);
    }

    /** A built document bound to its format and language. */
    private record Rendered(String fileName, ReportFormat format, ReportDocument document, Locale locale)
            implements RenderedReport {

        @Override
        public String mediaType() {
            return format.mediaType();
        }

        @Override
        public void writeTo(OutputStream out) throws IOException {
            format.write(document, locale, out);
        }
    }
}
