package id.pembina.planning.schedule.internal.solver;

/**
 * The budget ceiling and the soft constraints' weights, a problem fact so that the constraints can read them.
 *
 * @param ceiling      the budget ceiling in rupiah
 * @param reach20Jp    reward per JP towards a person's shortfall (doubled once the shortfall is covered)
 * @param largestNeeds reward per seat, times the person's need size
 * @param leaders      reward per leader attending with one of their own staff
 * @param onlineForBusy penalty per heavy-duty person in a classroom session
 * @param fewerTrips   penalty per remote-unit person travelling to a classroom or blended session
 * @param costPerMillion penalty per million rupiah of session cost
 */
public record Settings(long ceiling, long reach20Jp, long largestNeeds, long leaders, long onlineForBusy,
        long fewerTrips, long costPerMillion) {
}
