package id.pembina.planning.schedule.internal.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.domain.entity.PlanningEntity;
import ai.timefold.solver.core.api.domain.lookup.PlanningId;
import ai.timefold.solver.core.api.domain.valuerange.ValueRangeProvider;
import ai.timefold.solver.core.api.domain.variable.PlanningVariable;
import id.pembina.planning.schedule.api.DeliveryMode;

/** A candidate session; the solver picks its start among the possible ones. */
@PlanningEntity
public class SessionEntity {

    @PlanningId
    private String id;
    private String programCode;
    private int jp;
    private int capacity;
    private long cost;
    private DeliveryMode mode;
    private String locationUnit;
    private List<Integer> starts;
    private Map<Integer, int[]> daysByStart;

    @PlanningVariable(valueRangeProviderRefs = "starts")
    private Integer start;

    public SessionEntity() {
        // for Timefold's cloning
    }

    public SessionEntity(String id, String programCode, int jp, int capacity, long cost, DeliveryMode mode,
            String locationUnit, List<java.time.LocalDate> possibleStarts, int lengthDays) {
        this.id = id;
        this.programCode = programCode;
        this.jp = jp;
        this.capacity = capacity;
        this.cost = cost;
        this.mode = mode;
        this.locationUnit = locationUnit;
        this.starts = new ArrayList<>();
        this.daysByStart = new HashMap<>();
        for (java.time.LocalDate s : possibleStarts) {
            int key = (int) s.toEpochDay();
            starts.add(key);
            daysByStart.put(key, WorkingDays.from(s, lengthDays));
        }
    }

    @ValueRangeProvider(id = "starts")
    public List<Integer> getStarts() {
        return starts;
    }

    /** @return the working days at the chosen start (epoch days, sorted) */
    public int[] days() {
        return start == null ? new int[0] : daysByStart.get(start);
    }

    /** @return the same days as a list, for flattening in constraint streams */
    public List<Integer> dayList() {
        return Arrays.stream(days()).boxed().toList();
    }

    public String getId() {
        return id;
    }

    public String getProgramCode() {
        return programCode;
    }

    public int getJp() {
        return jp;
    }

    public int getCapacity() {
        return capacity;
    }

    public long getCost() {
        return cost;
    }

    public DeliveryMode getMode() {
        return mode;
    }

    public String getLocationUnit() {
        return locationUnit;
    }

    public Integer getStart() {
        return start;
    }

    public void setStart(Integer start) {
        this.start = start;
    }

    @Override
    public String toString() {
        return id;
    }
}
