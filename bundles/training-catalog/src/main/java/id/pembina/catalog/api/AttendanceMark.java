package id.pembina.catalog.api;

/** Presence of one participant at one meeting; a reason may explain an absence. */
public record AttendanceMark(String nip, int meeting, boolean present, AbsenceReason absenceReason, String note) {
}
