package id.pembina.planning.schedule.api;

import java.time.LocalDate;

/**
 * Days on which an ASN is on duty and cannot attend training.
 *
 * @param nip  the ASN
 * @param from first day
 * @param to   last day (inclusive, not before {@code from})
 * @param kind piket, field work or leave
 */
public record DutyBlock(String nip, LocalDate from, LocalDate to, DutyKind kind) {
}
