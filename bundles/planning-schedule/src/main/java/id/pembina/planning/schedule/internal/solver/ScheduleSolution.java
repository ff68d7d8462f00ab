package id.pembina.planning.schedule.internal.solver;

import java.util.List;

import ai.timefold.solver.core.api.domain.solution.PlanningEntityCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.PlanningScore;
import ai.timefold.solver.core.api.domain.solution.PlanningSolution;
import ai.timefold.solver.core.api.domain.solution.ProblemFactCollectionProperty;
import ai.timefold.solver.core.api.domain.solution.ProblemFactProperty;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;

/** The scheduling problem and, once solved, its proposal. */
@PlanningSolution
public class ScheduleSolution {

    @ProblemFactCollectionProperty
    private List<PersonFact> people;
    @ProblemFactCollectionProperty
    private List<UnitDay> unitDays;
    @ProblemFactProperty
    private Settings settings;
    @PlanningEntityCollectionProperty
    @ValueRangeProvider(id = "sessions")
    private List<SessionEntity> sessions;
    @PlanningEntityCollectionProperty
    private List<Attendance> attendances;
    @PlanningScore
    private HardSoftLongScore score;

    public ScheduleSolution() {
        // for Timefold's cloning
    }

    public ScheduleSolution(List<PersonFact> people, List<UnitDay> unitDays, Settings settings,
            List<SessionEntity> sessions, List<Attendance> attendances) {
        this.people = people;
        this.unitDays = unitDays;
        this.settings = settings;
        this.sessions = sessions;
        this.attendances = attendances;
    }

    public List<PersonFact> getPeople() {
        return people;
    }

    public List<UnitDay> getUnitDays() {
        return unitDays;
    }

    public Settings getSettings() {
        return settings;
    }

    public List<SessionEntity> getSessions() {
        return sessions;
    }

    public List<Attendance> getAttendances() {
        return attendances;
    }

    public HardSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardSoftLongScore score) {
        this.score = score;
    }
}
