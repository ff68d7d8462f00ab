package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.api.IkmResult;
import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LeadershipInvolvement;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.api.ResultsEvaluation;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.UnitLeadership;
import id.pembina.evaluation.api.YearIndex;

/**
 * The engine: stateless, so one instance serves as the OSGi service and {@code Evaluations.engine()} makes plain
 * ones. The DS annotation is build-time only and adds no run-time dependency.
 */
@Component(immediate = true, service = EvaluationEngine.class)
public final class DefaultEvaluationEngine implements EvaluationEngine {

    @Override
    public ReactionResult reaction(List<LikertItem> items, List<LikertAnswer> answers, double threshold) {
        return ReactionCalculator.compute(items, answers, threshold);
    }

    @Override
    public IkmResult ikm(List<IkmResponse> responses) {
        return IkmCalculator.compute(responses);
    }

    @Override
    public LearningResult learning(List<PrePostScore> scores) {
        return LearningCalculator.compute(scores);
    }

    @Override
    public ItemAnalysis itemAnalysis(List<ItemResponse> responses) {
        return ItemAnalyzer.compute(responses);
    }

    @Override
    public BehaviourResult behaviour(List<BehaviourIndicator> indicators, List<BehaviourRating> ratings,
            int expectedResponses) {
        return BehaviourCalculator.compute(indicators, ratings, expectedResponses);
    }

    @Override
    public ResultsEvaluation results(List<ResultIndicator> indicators, List<IndicatorValue> values,
            Set<String> comparisonUnits) {
        return ResultsCalculator.compute(indicators, values, comparisonUnits);
    }

    @Override
    public RoiResult roi(List<CostLine> costs, BigDecimal monetisedBenefits) {
        return RoiCalculator.compute(costs, monetisedBenefits);
    }

    @Override
    public ProfessionalismIndex professionalism(ParticipantYear facts, RuleSet rules) {
        return ProfessionalismCalculator.compute(facts, rules);
    }

    @Override
    public CategoryDistribution unitDistribution(String unitCode, int year, Collection<ParticipantYear> facts,
            RuleSets rules) {
        return IndexAggregation.unitDistribution(unitCode, year, facts, rules);
    }

    @Override
    public List<YearIndex> trend(Collection<ParticipantYear> facts, RuleSets rules) {
        return IndexAggregation.trend(facts, rules);
    }

    @Override
    public JpCompliance jpCompliance(int year, Collection<ParticipantTrainings> participants, BigDecimal minimumJp,
            String ruleSet) {
        return JpComplianceCalculator.compute(year, participants, minimumJp, ruleSet);
    }

    @Override
    public LeadershipInvolvement leadershipInvolvement(Collection<UnitLeadership> units, double threshold) {
        return LeadershipCalculator.compute(units, threshold);
    }
}
