package id.pembina.planning.schedule.api;

import java.time.DayOfWeek;
import java.time.LocalTime;

/**
 * A unit's minimum staffing: at least {@code minimum} of its own staff at work on that weekday between
 * {@code from} and {@code to} (e.g. a kelurahan's front office: 3 staff, Monday 08:00-12:00). The minimum is
 * required (boxed so that a body without it is refused by the service, after the caller is checked).
 */
public record StaffingRule(String unitCode, DayOfWeek weekday, LocalTime from, LocalTime to, Integer minimum) {
}
