package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.api.ResultsEvaluation;
import id.pembina.evaluation.api.UndefinedReason;
import id.pembina.evaluation.api.UnitIndicatorChange;

/** Level 4: unit changes respecting direction and the difference-in-differences estimate. */
final class ResultsCalculator {

    private ResultsCalculator() {
    }

    static ResultsEvaluation compute(List<ResultIndicator> indicators, List<IndicatorValue> values,
            Set<String> comparisonUnits) {
        Stats.unique(indicators, ResultIndicator::code, "indicator code");
        Stats.unique(values, v -> List.of(v.unitCode(), v.indicatorCode(), v.phase(), v.period()),
                "indicator value");
        Set<String> valued = new HashSet<>();
        values.forEach(v -> valued.add(v.unitCode()));
        for (String unit : new TreeSet<>(comparisonUnits)) {
            if (!valued.contains(unit)) {
                // A code that names no unit with values is a mistake, not a unit to treat as trained.
                throw new IllegalArgumentException("comparison unit without any indicator value: " + unit);
            }
        }
        // indicator -> unit -> phase -> values, units sorted by code
        Map<String, Map<String, Map<Phase, List<Double>>>> grouped = new LinkedHashMap<>();
        indicators.forEach(i -> grouped.put(i.code(), new TreeMap<>()));
        for (IndicatorValue v : values) {
            Map<String, Map<Phase, List<Double>>> units = grouped.get(v.indicatorCode());
            if (units == null) {
                throw new IllegalArgumentException("value of unknown indicator " + v.indicatorCode());
            }
            units.computeIfAbsent(v.unitCode(), u -> new LinkedHashMap<>())
                    .computeIfAbsent(v.phase(), p -> new ArrayList<>()).add(v.value());
        }
        List<UnitIndicatorChange> changes = new ArrayList<>();
        List<DifferenceInDifferences> estimates = new ArrayList<>();
        for (ResultIndicator indicator : indicators) {
            List<UnitIndicatorChange> unitChanges = new ArrayList<>();
            grouped.get(indicator.code()).forEach((unit, phases) -> unitChanges.add(
                    unitChange(indicator, unit, comparisonUnits.contains(unit), phases)));
            changes.addAll(unitChanges);
            estimates.add(differenceInDifferences(indicator, unitChanges, values));
        }
        return new ResultsEvaluation(changes, estimates);
    }

    private static UnitIndicatorChange unitChange(ResultIndicator indicator, String unit, boolean comparison,
            Map<Phase, List<Double>> phases) {
        double[] before = array(phases.get(Phase.BEFORE));
        double[] after = array(phases.get(Phase.AFTER));
        Double meanBefore = Stats.mean(before);
        Double meanAfter = Stats.mean(after);
        Double change = meanBefore == null || meanAfter == null ? null : meanAfter - meanBefore;
        return new UnitIndicatorChange(unit, indicator.code(), indicator.direction(), comparison, before.length,
                meanBefore, after.length, meanAfter, change,
                change == null ? null : indicator.direction().improvement(change));
    }

    private static DifferenceInDifferences differenceInDifferences(ResultIndicator indicator,
            List<UnitIndicatorChange> unitChanges, List<IndicatorValue> values) {
        double[][] treated = phaseMeans(unitChanges, false);
        double[][] comparison = phaseMeans(unitChanges, true);
        Double tBefore = Stats.mean(treated[0]);
        Double tAfter = Stats.mean(treated[1]);
        Double cBefore = Stats.mean(comparison[0]);
        Double cAfter = Stats.mean(comparison[1]);
        UndefinedReason reason = tBefore == null ? UndefinedReason.NO_DATA
                : cBefore == null ? UndefinedReason.NO_COMPARISON : null;
        Double estimate = reason != null ? null : (tAfter - tBefore) - (cAfter - cBefore);
        List<String> comparisonUsed = unitChanges.stream().filter(c -> c.comparisonUnit() && c.change() != null)
                .map(UnitIndicatorChange::unitCode).toList();
        return new DifferenceInDifferences(indicator.code(), indicator.direction(), treated[0].length,
                comparison[0].length, tBefore, tAfter, cBefore, cAfter, estimate,
                estimate == null ? null : indicator.direction().improvement(estimate), reason, comparisonUsed,
                PreTrendCalculator.compute(indicator.code(), unitChanges, values));
    }

    /** [0] the before means, [1] the after means of the group's units having both phases. */
    private static double[][] phaseMeans(List<UnitIndicatorChange> unitChanges, boolean comparison) {
        List<UnitIndicatorChange> complete = unitChanges.stream()
                .filter(c -> c.comparisonUnit() == comparison && c.change() != null).toList();
        return new double[][] { complete.stream().mapToDouble(UnitIndicatorChange::before).toArray(),
                complete.stream().mapToDouble(UnitIndicatorChange::after).toArray() };
    }

    private static double[] array(List<Double> values) {
        return values == null ? new double[0] : values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
