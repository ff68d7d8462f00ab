package id.pembina.evaluation.api;

import java.util.List;

/**
 * Item analysis of one test taken by n participants.
 * <p>
 * Groups: participants are ranked by total score (number of items correct). The upper group is the {@code groupSize}
 * best sheets, the lower group the {@code groupSize} weakest; {@code groupSize} = round(0.27 n) rounded half up, at
 * least 1 (0 when n = 0). Tie rule: when several sheets share the total at a group's boundary, they share the
 * group's remaining places equally (each tied sheet counts with weight remaining / tied in the group's share
 * correct), so the result never depends on participant identifiers or the order of the input.
 *
 * @param items in order of first appearance in the responses
 */
public record ItemAnalysis(int n, int groupSize, List<ItemStatistics> items) {
    public ItemAnalysis {
        items = List.copyOf(items);
    }
}
