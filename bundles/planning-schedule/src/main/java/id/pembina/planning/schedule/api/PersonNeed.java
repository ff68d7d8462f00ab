package id.pembina.planning.schedule.api;

/**
 * One ASN as the scheduler sees them.
 *
 * @param nip           the ASN
 * @param unitCode      their unit (whose minimum staffing they count for)
 * @param supervisorNip their leader, may be null
 * @param leader        true for a structural leader (JPT, administrator, pengawas)
 * @param jpShortfall   JP still missing to the yearly 20 JP
 * @param needSize      size of the need for ranking (the needs analysis' gap total, else the shortfall)
 */
public record PersonNeed(String nip, String unitCode, String supervisorNip, boolean leader, int jpShortfall,
        int needSize) {
}
