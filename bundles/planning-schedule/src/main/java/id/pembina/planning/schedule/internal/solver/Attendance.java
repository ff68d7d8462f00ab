package id.pembina.planning.schedule.internal.solver;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;

/** One seat a person needs; the solver puts it in a session or leaves it unassigned. */
@PlanningEntity
public class Attendance {

    @PlanningId
    private Long id;
    private PersonFact person;

    @PlanningVariable(valueRangeProviderRefs = "sessions", allowsUnassigned = true)
    private SessionEntity session;

    public Attendance() {
        // for Timefold's cloning
    }

    public Attendance(long id, PersonFact person) {
        this.id = id;
        this.person = person;
    }

    public Long getId() {
        return id;
    }

    public PersonFact getPerson() {
        return person;
    }

    public SessionEntity getSession() {
        return session;
    }

    public void setSession(SessionEntity session) {
        this.session = session;
    }

    @Override
    public String toString() {
        return person + "@" + session;
    }
}
