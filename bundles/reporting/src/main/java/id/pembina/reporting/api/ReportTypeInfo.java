package id.pembina.reporting.api;

import java.util.List;

/** A registered report type as listed to users. */
public record ReportTypeInfo(String id, String title, List<ReportParameter> parameters) {

    public ReportTypeInfo {
        parameters = List.copyOf(parameters);
    }
}
