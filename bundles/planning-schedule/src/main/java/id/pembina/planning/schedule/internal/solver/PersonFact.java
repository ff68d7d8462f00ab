package id.pembina.planning.schedule.internal.solver;

/**
 * An ASN in the solver: needs, unit and duty days (sorted, inclusive epoch-day ranges).
 */
public final class PersonFact {

    private final String nip;
    private final String unitCode;
    private final int unitIndex;
    private final String supervisorNip;
    private final boolean leader;
    private final int shortfall;
    private final int needSize;
    private final boolean heavyDuty;
    private final boolean remote;
    private final int[] dutyFrom;
    private final int[] dutyTo;

    public PersonFact(String nip, String unitCode, int unitIndex, String supervisorNip, boolean leader, int shortfall,
            int needSize, boolean heavyDuty, boolean remote, int[] dutyFrom, int[] dutyTo) {
        this.nip = nip;
        this.unitCode = unitCode;
        this.unitIndex = unitIndex;
        this.supervisorNip = supervisorNip;
        this.leader = leader;
        this.shortfall = shortfall;
        this.needSize = needSize;
        this.heavyDuty = heavyDuty;
        this.remote = remote;
        this.dutyFrom = dutyFrom.clone();
        this.dutyTo = dutyTo.clone();
    }

    /** @return true when a duty block covers one of the (sorted) days */
    public boolean onDuty(int[] days) {
        for (int d : days) {
            for (int i = 0; i < dutyFrom.length && dutyFrom[i] <= d; i++) {
                if (d <= dutyTo[i]) {
                    return true;
                }
            }
        }
        return false;
    }

    /** @return the key of this person's unit on a day, as {@link UnitDay#key()} */
    public long unitDay(int day) {
        return UnitDay.key(unitIndex, day);
    }

    public String getNip() {
        return nip;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public int getUnitIndex() {
        return unitIndex;
    }

    public String getSupervisorNip() {
        return supervisorNip;
    }

    public boolean isLeader() {
        return leader;
    }

    public int getShortfall() {
        return shortfall;
    }

    public int getNeedSize() {
        return needSize;
    }

    public boolean isHeavyDuty() {
        return heavyDuty;
    }

    public boolean isRemote() {
        return remote;
    }

    @Override
    public String toString() {
        return nip;
    }
}
