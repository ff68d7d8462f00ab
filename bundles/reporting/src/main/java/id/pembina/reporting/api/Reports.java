package id.pembina.reporting.api;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/** The report service: the report types and formats registered now, and reports made with them. */
@ProviderType
public interface Reports {

    /** @return the registered report types, sorted by id */
    List<ReportTypeInfo> types(Locale locale);

    /** @return the registered formats, sorted by id */
    List<ReportFormatInfo> formats(Locale locale);

    /**
     * Builds a report (all checks and data reading happen here) ready to be written.
     *
     * @param parameters the report's parameters by name; unknown names are refused
     * @throws id.pembina.platform.api.NotFoundException no such type or format registered, or the
     *     data named by a parameter does not exist
     * @throws id.pembina.platform.api.ValidationException a parameter is missing or malformed
     */
    RenderedReport make(String type, String format, Map<String, String> parameters, Locale locale);
}
