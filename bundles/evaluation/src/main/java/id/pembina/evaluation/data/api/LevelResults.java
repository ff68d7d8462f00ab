package id.pembina.evaluation.data.api;

import java.util.List;

import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.api.ResultsEvaluation;
import id.pembina.evaluation.api.RoiResult;

/**
 * Kirkpatrick levels 1-4 and Phillips ROI over a set of sessions, as the engine computed them. Each engine
 * result carries its own n; the counts here are the inputs given to it.
 *
 * @param reactionResponses reaction responses (L1); {@code reaction.overall().n()} counts single answers
 * @param preTests          pre-tests stored; {@code learning.n()} counts the matched pre/post pairs
 * @param postTests         post-tests stored
 * @param itemAnalysis      item analysis of the post-tests, or null when there are none
 * @param behaviour         L3; its response rate is over the participants holding a seat
 * @param results           L4 over the units of the participants and the comparison units
 * @param roi               L5 from the sessions' cost lines and the benefits entered
 * @param preTestItemAnalysis item analysis of the pre-tests (same rules as {@code itemAnalysis}: the version
 *                          most pre-tests name), or null when there are none (since 2.2)
 * @param comments          the reaction comments that are not blank, by session then text (so that their order
 *                          tells nothing about who wrote them or when) (since 2.2)
 * @param selfAssessment    L3 from the participants' own ratings on the same checklist (self-assessment), beside
 *                          {@code behaviour} from their supervisors; its response rate is over the same seats
 *                          (since 2.3)
 * @param timeAway          participants' time away from duty as a cost, always shown; null where not computed
 *                          (since 2.3)
 * @param fullyLoaded       whether {@code roi} includes {@code timeAway} as a cost line (fully loaded costs, on
 *                          request) (since 2.3)
 */
public record LevelResults(int reactionResponses, ReactionResult reaction, int preTests, int postTests,
        LearningResult learning, TestItemAnalysis itemAnalysis, BehaviourResult behaviour, ResultsEvaluation results,
        RoiResult roi, TestItemAnalysis preTestItemAnalysis, List<ReactionComment> comments,
        BehaviourResult selfAssessment, TimeAwayCost timeAway, boolean fullyLoaded) {

    public LevelResults {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }

    /** Without self-assessment and time away, as in 2.2. */
    public LevelResults(int reactionResponses, ReactionResult reaction, int preTests, int postTests,
            LearningResult learning, TestItemAnalysis itemAnalysis, BehaviourResult behaviour,
            ResultsEvaluation results, RoiResult roi, TestItemAnalysis preTestItemAnalysis,
            List<ReactionComment> comments) {
        this(reactionResponses, reaction, preTests, postTests, learning, itemAnalysis, behaviour, results, roi,
                preTestItemAnalysis, comments, null, null, false);
    }

    /** Without a pre-test item analysis and comments, as before 2.2. */
    public LevelResults(int reactionResponses, ReactionResult reaction, int preTests, int postTests,
            LearningResult learning, TestItemAnalysis itemAnalysis, BehaviourResult behaviour,
            ResultsEvaluation results, RoiResult roi) {
        this(reactionResponses, reaction, preTests, postTests, learning, itemAnalysis, behaviour, results, roi, null,
                List.of(), null, null, false);
    }
}
