package id.pembina.catalog.api;

import java.time.LocalDateTime;

/** One meeting of a session; times are WIB (Asia/Jakarta). Attendance is taken per meeting; numbers are given by the catalog (1.. in time order). */
public record Meeting(Integer number, LocalDateTime start, LocalDateTime end) {
}
