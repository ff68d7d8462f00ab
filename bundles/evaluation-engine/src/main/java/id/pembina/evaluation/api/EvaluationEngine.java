package id.pembina.evaluation.api;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Pure computation of the evaluation figures: no I/O, no state; every method is thread-safe. Obtain one with
 * {@link Evaluations#engine()} or as an OSGi service.
 */
@ProviderType
public interface EvaluationEngine {

    /** Default threshold below which a reaction item becomes an improvement point. */
    double DEFAULT_IMPROVEMENT_THRESHOLD = 3.5;

    /** Default share of a unit's sessions its leader must attend to count as involved. */
    double DEFAULT_INVOLVEMENT_THRESHOLD = 0.5;

    /** Level 1 with the default improvement threshold 3.5. */
    default ReactionResult reaction(List<LikertItem> items, List<LikertAnswer> answers) {
        return reaction(items, answers, DEFAULT_IMPROVEMENT_THRESHOLD);
    }

    /**
     * Level 1: per item and overall statistics of Likert answers (1..5). An item with n &gt; 0 whose mean is
     * strictly below {@code threshold} becomes an improvement point; the overall figures pool all answers.
     */
    ReactionResult reaction(List<LikertItem> items, List<LikertAnswer> answers, double threshold);

    /**
     * Indeks Kepuasan Masyarakat from public-service survey responses (PermenPAN-RB 14/2017), a level-4 results
     * indicator: element means, the index converted to 25..100 and its grade A..D.
     */
    IkmResult ikm(List<IkmResponse> responses);

    /** Level 2: percentages, Hake's normalized gain and the paired t-test over matched pre/post scores. */
    LearningResult learning(List<PrePostScore> scores);

    /**
     * Level 2 item analysis of one test: every participant needs a mark for every item (unanswered = incorrect).
     */
    ItemAnalysis itemAnalysis(List<ItemResponse> responses);

    /**
     * Level 3: change per behaviour indicator (ratings 1..4), share applying (rated &ge; 3 after) and the
     * supervisors' response rate: participants with at least one {@link Phase#AFTER} rating divided by
     * {@code expectedResponses}.
     */
    BehaviourResult behaviour(List<BehaviourIndicator> indicators, List<BehaviourRating> ratings,
            int expectedResponses);

    /**
     * Level 4: change per unit and indicator, and the difference-in-differences estimate per indicator. Units
     * listed in {@code comparisonUnits} are the untrained comparison; every other unit is treated.
     */
    ResultsEvaluation results(List<ResultIndicator> indicators, List<IndicatorValue> values,
            Set<String> comparisonUnits);

    /** Phillips ROI from cost lines and the monetised benefits. */
    RoiResult roi(List<CostLine> costs, BigDecimal monetisedBenefits);

    /** The professionalism index of one participant and year under the given rule set. */
    ProfessionalismIndex professionalism(ParticipantYear facts, RuleSet rules);

    /** The professionalism index under the rule set valid in the facts' year ({@link RuleSets#forYear}). */
    default ProfessionalismIndex professionalism(ParticipantYear facts, RuleSets rules) {
        return professionalism(facts, rules.forYear(facts.year()));
    }

    /** The distribution over categories of the participants of one unit in one year. */
    CategoryDistribution unitDistribution(String unitCode, int year, Collection<ParticipantYear> facts,
            RuleSets rules);

    /**
     * Index per year, each year under the rule set valid in that year. Pass one participant's years for a
     * participant trend, or all participants of a unit for a unit trend.
     */
    List<YearIndex> trend(Collection<ParticipantYear> facts, RuleSets rules);

    /** 20 JP compliance for a calendar year with the minimum taken from the rule set valid in that year. */
    default JpCompliance jpCompliance(int year, Collection<ParticipantTrainings> participants, RuleSets rules) {
        RuleSet rule = rules.forYear(year);
        return jpCompliance(year, participants, rule.annualMinimumJp(), rule.name());
    }

    /**
     * JP credited per participant in a calendar year (all training records dated in that year, from Pembina and
     * external), who is below {@code minimumJp}, and the compliance rate per unit. {@code ruleSet} is only
     * reported (may be null when the minimum is a plain parameter).
     */
    JpCompliance jpCompliance(int year, Collection<ParticipantTrainings> participants, BigDecimal minimumJp,
            String ruleSet);

    /** Leadership involvement with the default threshold 0.5. */
    default LeadershipInvolvement leadershipInvolvement(Collection<UnitLeadership> units) {
        return leadershipInvolvement(units, DEFAULT_INVOLVEMENT_THRESHOLD);
    }

    /**
     * Share of each unit's sessions its leader attended; a unit is involved when that share is &ge;
     * {@code threshold}. Compares the unweighted mean L3 share applying of involved units with the others.
     */
    LeadershipInvolvement leadershipInvolvement(Collection<UnitLeadership> units, double threshold);
}
