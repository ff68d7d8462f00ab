package id.pembina.evaluation.data.internal;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import id.pembina.evaluation.api.Direction;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.api.IkmResult;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.ResultIndicator;

/**
 * The units' IKM as a level-4 indicator: each unit's index (25-100) of a period is a value before the training when
 * the period ends before the month of the first session evaluated, after it when it starts after the month of the
 * last session's end; periods in between are left out. Treated units are those of the evaluation; comparison units
 * are the programme's comparison units that have IKM answers.
 */
final class IkmIndicator {

    /** The indicator's id in the results. */
    static final String ID = "ikm";
    static final String NAME = "IKM (PermenPAN-RB 14/2017)";

    private final Transactions tx;
    private final IkmStore store = new IkmStore();
    private final EvaluationEngine engine;

    IkmIndicator(Transactions tx, EvaluationEngine engine) {
        this.tx = tx;
        this.engine = engine;
    }

    /** Adds the indicator and its values when any treated unit has IKM answers before or after the sessions. */
    void addTo(Set<String> treated, Set<String> comparison, LocalDateTime firstStart, LocalDateTime lastEnd,
            List<ResultIndicator> indicators, List<IndicatorValue> values) {
        if (firstStart == null || treated.isEmpty()) {
            return;
        }
        Set<String> units = new HashSet<>(treated);
        units.addAll(comparison);
        Map<String, Map<String, List<IkmResponse>>> answers = tx.run(c -> store.byUnit(c, units));
        YearMonth before = YearMonth.from(firstStart);
        YearMonth after = YearMonth.from(lastEnd);
        boolean treatedHasValues = false;
        int added = 0;
        for (Map.Entry<String, Map<String, List<IkmResponse>>> unit : answers.entrySet()) {
            for (Map.Entry<String, List<IkmResponse>> period : unit.getValue().entrySet()) {
                YearMonth month = YearMonth.parse(period.getKey());
                Phase phase = month.isBefore(before) ? Phase.BEFORE : month.isAfter(after) ? Phase.AFTER : null;
                if (phase == null) {
                    continue;
                }
                IkmResult r = engine.ikm(period.getValue());
                values.add(new IndicatorValue(unit.getKey(), ID, phase, period.getKey(), r.index().doubleValue()));
                treatedHasValues |= treated.contains(unit.getKey());
                added++;
            }
        }
        if (treatedHasValues) {
            indicators.add(new ResultIndicator(ID, NAME, Direction.HIGHER_IS_BETTER));
        } else if (added > 0) {
            values.subList(values.size() - added, values.size()).clear();
        }
    }
}
