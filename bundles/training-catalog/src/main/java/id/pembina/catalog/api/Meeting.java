package id.pembina.catalog.api;

import java.time.LocalDateTime;

/** One meeting of a session; times are WIB (Asia/Jakarta). Attendance is taken per meeting. */
public record Meeting(int number, LocalDateTime start, LocalDateTime end) {
}
