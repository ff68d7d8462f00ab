package id.pembina.reporting.api;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * What a report is asked for: its parameters (already checked against the type's declared names),
 * the language and the moment of making, which the report states.
 */
public record ReportRequest(Map<String, String> parameters, Locale locale, Instant generatedAt) {

    public ReportRequest {
        parameters = Map.copyOf(parameters);
    }

    /** @return the parameter's value when present and not blank */
    public Optional<String> parameter(String name) {
        String v = parameters.get(name);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.trim());
    }
}
