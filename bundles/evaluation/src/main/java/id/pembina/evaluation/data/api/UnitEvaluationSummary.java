package id.pembina.evaluation.data.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.LeadershipInvolvement;
import id.pembina.evaluation.api.LearningResult;

/**
 * A unit's year as {@link UnitEvaluation} computes it, in figures only: its size grows with the units and the
 * instruments, not with the participants. What {@link UnitEvaluation} lists per participant is counted here: the
 * indexed participants per category, those not indexed per reason, the JP compliance per unit; the participants
 * below the minimum JP are paged by {@link EvaluationDataService#belowMinimumJp}.
 *
 * @param indexed    participants with an IP ASN index ({@code UnitEvaluation.index().n()})
 * @param categories indexed participants per category, every category, zero where none, highest first
 * @param notIndexed participants without an index per reason (a message code, e.g. {@code evaluation.factsMissing}),
 *                   in the codes' order
 * @param levels     as in {@link UnitEvaluation}, except that {@code learning.participants} is empty (the
 *                   class figures, the t-test and {@code learning.n} are those over every pair)
 * @since 2.2
 */
public record UnitEvaluationSummary(String unitCode, int year, List<String> unitCodes, String ruleSet,
        LocalDate ruleSetValidFrom, int indexed, Map<Category, Integer> categories, Map<String, Integer> notIndexed,
        JpSummary jp, LeadershipInvolvement leadership, List<Long> sessionIds, int sessions, int seats,
        int anonymousResponsesExcluded, LevelResults levels) {

    public UnitEvaluationSummary {
        unitCodes = List.copyOf(unitCodes);
        // In the categories' order, highest first (Map.copyOf would iterate in an order that changes per JVM).
        categories = categories.isEmpty() ? Map.of() : Collections.unmodifiableMap(new EnumMap<>(Map.copyOf(categories)));
        notIndexed = Collections.unmodifiableMap(new java.util.TreeMap<>(Map.copyOf(notIndexed))); // by reason
        sessionIds = List.copyOf(sessionIds);
    }

    /** The figures of a full unit evaluation. */
    public static UnitEvaluationSummary of(UnitEvaluation u) {
        Map<String, Integer> reasons = new TreeMap<>();
        u.notIndexed().forEach(x -> reasons.merge(x.reason(), 1, Integer::sum));
        LevelResults l = u.levels();
        LearningResult g = l.learning();
        LevelResults levels = g == null ? l : new LevelResults(l.reactionResponses(), l.reaction(), l.preTests(),
                l.postTests(), new LearningResult(g.n(), g.meanPrePercent(), g.meanPostPercent(), g.classGain(),
                        g.tTest(), List.of()), l.itemAnalysis(), l.behaviour(), l.results(), l.roi(),
                l.preTestItemAnalysis(), l.comments(), l.selfAssessment(), l.timeAway(), l.fullyLoaded());
        return new UnitEvaluationSummary(u.unitCode(), u.year(), u.unitCodes(), u.ruleSet(), u.ruleSetValidFrom(),
                u.index().n(), u.index().counts(), reasons, JpSummary.of(u.jp()), u.leadership(), u.sessionIds(),
                u.sessions(), u.seats(), u.anonymousResponsesExcluded(), levels);
    }
}
