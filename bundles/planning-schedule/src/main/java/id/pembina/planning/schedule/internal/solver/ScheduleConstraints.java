package id.pembina.planning.schedule.internal.solver;

import java.util.List;
import java.util.function.Function;

import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import ai.timefold.solver.core.api.score.stream.Constraint;
import ai.timefold.solver.core.api.score.stream.ConstraintCollectors;
import ai.timefold.solver.core.api.score.stream.ConstraintFactory;
import ai.timefold.solver.core.api.score.stream.ConstraintProvider;
import ai.timefold.solver.core.api.score.stream.Joiners;
import id.pembina.planning.schedule.api.DeliveryMode;

/**
 * The scheduling rules of issue 10. Hard: capacity, budget, duty blocks, minimum staffing, no overlap. Soft
 * (weights in {@link Settings}): reach 20 JP, largest needs first, leaders with their staff, online or blended
 * for people with a heavy duty load, fewer trips for remote units, and lower cost.
 * Streams join the session entity wherever its start matters, so that a new start re-evaluates them.
 */
public class ScheduleConstraints implements ConstraintProvider {

    public static final String CAPACITY = "capacity";
    public static final String BUDGET = "budget";
    public static final String DUTY = "duty";
    public static final String STAFFING = "minimumStaffing";
    public static final String OVERLAP = "overlap";
    public static final String REACH_20_JP = "reach20Jp";
    public static final String LARGEST_NEEDS = "largestNeedsFirst";
    public static final String LEADERS = "leadersWithStaff";
    public static final String ONLINE_FOR_BUSY = "onlineForHeavyDuty";
    public static final String FEWER_TRIPS = "fewerTrips";
    public static final String COST = "cost";

    /** Every constraint, hard ones first, in the order explanations list them. */
    public static final List<String> ALL = List.of(CAPACITY, BUDGET, DUTY, STAFFING, OVERLAP, REACH_20_JP,
            LARGEST_NEEDS, LEADERS, ONLINE_FOR_BUSY, FEWER_TRIPS, COST);
    public static final List<String> HARD = List.of(CAPACITY, BUDGET, DUTY, STAFFING, OVERLAP);

    private static final long MILLION = 1_000_000L;

    @Override
    public Constraint[] defineConstraints(ConstraintFactory f) {
        return new Constraint[] {capacity(f), budget(f), duty(f), staffing(f), overlap(f), reach20Jp(f),
            largestNeeds(f), leaders(f), onlineForBusy(f), fewerTrips(f), cost(f)};
    }

    Constraint capacity(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .groupBy(Attendance::getSession, ConstraintCollectors.count())
                .filter((s, n) -> n > s.getCapacity())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (s, n) -> n - s.getCapacity())
                .asConstraint(CAPACITY);
    }

    /** One hard point per million rupiah (or part of one) above the ceiling. */
    Constraint budget(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .groupBy(Attendance::getSession)
                .groupBy(ConstraintCollectors.sumLong(SessionEntity::getCost))
                .join(Settings.class)
                .filter((total, s) -> total > s.ceiling())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (total, s) -> (total - s.ceiling() + MILLION - 1) / MILLION)
                .asConstraint(BUDGET);
    }

    Constraint duty(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .join(SessionEntity.class, Joiners.equal(Attendance::getSession, Function.identity()))
                .filter((a, s) -> a.getPerson().onDuty(s.days()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(DUTY);
    }

    /** One hard point per person away beyond what the unit may spare that day. */
    Constraint staffing(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .join(SessionEntity.class, Joiners.equal(Attendance::getSession, Function.identity()))
                .flattenLast(SessionEntity::dayList)
                .groupBy((a, day) -> a.getPerson().unitDay(day), ConstraintCollectors.countBi())
                .join(UnitDay.class, Joiners.equal((key, n) -> key, UnitDay::key))
                .filter((key, n, u) -> n > u.allowedAway())
                .penalizeLong(HardSoftLongScore.ONE_HARD, (key, n, u) -> n - u.allowedAway())
                .asConstraint(STAFFING);
    }

    Constraint overlap(ConstraintFactory f) {
        return f.forEachUniquePair(Attendance.class, Joiners.equal(Attendance::getPerson))
                .join(SessionEntity.class, Joiners.equal((a, b) -> a.getSession(), Function.identity()))
                .join(SessionEntity.class, Joiners.equal((a, b, s) -> b.getSession(), Function.identity()))
                .filter((a, b, s, t) -> s == t || WorkingDays.overlap(s.days(), t.days()))
                .penalize(HardSoftLongScore.ONE_HARD)
                .asConstraint(OVERLAP);
    }

    /** JP towards each shortfall, and as much again once it is covered: reaching 20 JP beats spreading JP. */
    Constraint reach20Jp(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .groupBy(Attendance::getPerson, ConstraintCollectors.sum(a -> a.getSession().getJp()))
                .join(Settings.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (p, jp, s) -> s.reach20Jp()
                        * (Math.min(jp, p.getShortfall()) + (jp >= p.getShortfall() ? p.getShortfall() : 0)))
                .asConstraint(REACH_20_JP);
    }

    Constraint largestNeeds(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .join(Settings.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (a, s) -> s.largestNeeds() * a.getPerson().getNeedSize())
                .asConstraint(LARGEST_NEEDS);
    }

    Constraint leaders(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .filter(a -> a.getPerson().isLeader())
                .join(Attendance.class, Joiners.equal(Attendance::getSession),
                        Joiners.equal(a -> a.getPerson().getNip(), b -> b.getPerson().getSupervisorNip()))
                .join(Settings.class)
                .rewardLong(HardSoftLongScore.ONE_SOFT, (a, b, s) -> s.leaders())
                .asConstraint(LEADERS);
    }

    Constraint onlineForBusy(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .filter(a -> a.getPerson().isHeavyDuty() && a.getSession().getMode() == DeliveryMode.CLASSROOM)
                .join(Settings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, s) -> s.onlineForBusy())
                .asConstraint(ONLINE_FOR_BUSY);
    }

    Constraint fewerTrips(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .filter(a -> a.getPerson().isRemote() && a.getSession().getMode() != DeliveryMode.ONLINE
                        && !a.getPerson().getUnitCode().equals(a.getSession().getLocationUnit()))
                .join(Settings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (a, s) -> s.fewerTrips())
                .asConstraint(FEWER_TRIPS);
    }

    Constraint cost(ConstraintFactory f) {
        return f.forEach(Attendance.class)
                .groupBy(Attendance::getSession)
                .join(Settings.class)
                .penalizeLong(HardSoftLongScore.ONE_SOFT, (session, s) -> s.costPerMillion() * session.getCost() / MILLION)
                .asConstraint(COST);
    }
}
