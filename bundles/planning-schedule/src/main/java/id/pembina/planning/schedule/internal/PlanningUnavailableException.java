package id.pembina.planning.schedule.internal;

/** No planning bundle runs: a proposal cannot be saved as a plan (the REST edge answers 503). */
public class PlanningUnavailableException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    public PlanningUnavailableException() {
        super("schedule.plan.unavailable");
    }
}
