package id.pembina.evaluation.api;

/** Level 1 statistics of one item. */
public record ItemReaction(LikertItem item, LikertStatistics statistics) {
}
