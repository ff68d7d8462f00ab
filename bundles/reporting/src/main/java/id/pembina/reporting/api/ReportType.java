package id.pembina.reporting.api;

import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import java.util.List;
import java.util.Locale;
import org.osgi.annotation.versioning.ConsumerType;

/** One kind of report (e.g. {@code program-evaluation}); registered as an OSGi service. */
@ConsumerType
public interface ReportType {

    /** @return the identifier used in URLs and commands: lower case, digits and '-' */
    String id();

    /** @return the report's name in the language */
    String title(Locale locale);

    /** @return the parameters the report takes, in the order to show them */
    List<ReportParameter> parameters();

    /**
     * Builds the report from the current data.
     *
     * @throws ValidationException a parameter is missing or malformed (field = parameter name)
     * @throws NotFoundException the unit, programme or person named does not exist
     */
    ReportDocument build(ReportRequest request);
}
