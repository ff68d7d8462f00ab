package id.pembina.evaluation.api;

import java.util.List;

/**
 * Item analysis of one test taken by n participants.
 * <p>
 * Groups: participants are ranked by total score (number of items correct) descending; equal totals are ordered by
 * participant id ascending ({@link String#compareTo}), so ties at a group boundary are resolved deterministically
 * but without regard to ability. The upper group is the first {@code groupSize} of that ranking, the lower group
 * the last {@code groupSize}; {@code groupSize} = round(0.27 n) rounded half up, at least 1 (0 when n = 0).
 *
 * @param items in order of first appearance in the responses
 */
public record ItemAnalysis(int n, int groupSize, List<ItemStatistics> items) {
    public ItemAnalysis {
        items = List.copyOf(items);
    }
}
