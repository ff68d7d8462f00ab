package id.pembina.evaluation.api;

import java.util.List;

/**
 * Level 1 result. {@code overall} pools all answers of all items (n = number of answers).
 *
 * @param items one entry per questionnaire item, in the given order, also for items nobody answered
 * @param improvementPoints items with n &gt; 0 and mean strictly below {@code threshold}, in item order
 */
public record ReactionResult(List<ItemReaction> items, LikertStatistics overall, double threshold,
        List<ImprovementPoint> improvementPoints) {

    public ReactionResult {
        items = List.copyOf(items);
        improvementPoints = List.copyOf(improvementPoints);
    }
}
