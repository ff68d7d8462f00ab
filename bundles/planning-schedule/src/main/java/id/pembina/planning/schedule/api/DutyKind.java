package id.pembina.planning.schedule.api;

/** Why an ASN cannot attend training on some days. */
public enum DutyKind {
    /** Duty roster at the office (piket): present at the unit, not free to train. */
    PIKET,
    /** Field work: away from the unit. */
    FIELD,
    /** Leave (cuti): away from the unit. */
    LEAVE;

    /** @return true when the ASN is away from the unit's office on such days */
    public boolean away() {
        return this != PIKET;
    }
}
