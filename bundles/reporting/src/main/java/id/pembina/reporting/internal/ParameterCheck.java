package id.pembina.reporting.internal;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;
import id.pembina.reporting.api.ReportParameter;

/**
 * Checks a request's parameters against the names a report type declares, before the type sees them:
 * unknown names, missing required ones, malformed years and dates; every refusal at once.
 */
public final class ParameterCheck {

    /** Years a report may be asked for. */
    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2100;

    private ParameterCheck() {
    }

    /** @throws ValidationException listing every refused parameter (field = its name) */
    public static void check(List<ReportParameter> declared, Map<String, String> given) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> names = declared.stream().map(ReportParameter::name).collect(Collectors.toSet());
        given.keySet().stream().filter(n -> !names.contains(n)).sorted()
                .forEach(n -> errors.add(FieldError.of(n, "report.parameterUnknown", n, String.join(", ",
                        declared.stream().map(ReportParameter::name).toList()))));
        for (ReportParameter p : declared) {
            String v = given.get(p.name());
            if (v == null || v.isBlank()) {
                if (p.required()) {
                    errors.add(FieldError.of(p.name(), "report.parameterRequired", p.name()));
                }
            } else if (p.kind() == ReportParameter.Kind.YEAR && year(v) == null) {
                errors.add(FieldError.of(p.name(), "report.yearInvalid", v.strip(), FIRST_YEAR, LAST_YEAR));
            } else if (p.kind() == ReportParameter.Kind.DATE && date(v) == null) {
                errors.add(FieldError.of(p.name(), "report.dateInvalid", v.strip()));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    /** @return the year FIRST_YEAR..LAST_YEAR, or null when the text is not one */
    static Integer year(String v) {
        try {
            int y = Integer.parseInt(v.strip());
            return y < FIRST_YEAR || y > LAST_YEAR ? null : y;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** @return the ISO date, or null when the text is not one */
    static LocalDate date(String v) {
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
