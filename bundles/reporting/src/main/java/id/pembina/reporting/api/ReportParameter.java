package id.pembina.reporting.api;

/**
 * A parameter of a report type.
 *
 * @param name the name used in URLs and commands, e.g. {@code program}, {@code year}
 * @param kind what the value is, so that forms and completers can offer the right choices
 * @param required whether the report refuses to be made without it
 * @param descriptionCode the message code of its description (rendered by the platform's Messages)
 */
public record ReportParameter(String name, Kind kind, boolean required, String descriptionCode) {

    /** What a parameter's value is. */
    public enum Kind {
        TEXT, YEAR, DATE, UNIT, PROGRAM, NIP
    }
}
