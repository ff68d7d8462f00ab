package id.pembina.planning.schedule.internal;

/**
 * The soft constraints' weights and the solver's defaults (configuration {@code id.pembina.planning.schedule}).
 *
 * @param heavyDutyDays a person with at least this many duty days in the year has a heavy duty load
 */
public record Weights(long reach20Jp, long largestNeeds, long leaders, long onlineForBusy, long fewerTrips,
        long costPerMillion, int heavyDutyDays, int timeLimitSeconds) {

    /** The defaults of {@link ScheduleConfig}. */
    public static final Weights DEFAULT = new Weights(10, 1, 5, 20, 20, 1, 40, 30);
}
