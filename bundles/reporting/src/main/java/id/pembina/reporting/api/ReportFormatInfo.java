package id.pembina.reporting.api;

/** A registered format as listed to users. */
public record ReportFormatInfo(String id, String title, String mediaType, String extension) {
}
