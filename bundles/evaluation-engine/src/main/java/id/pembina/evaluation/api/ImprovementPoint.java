package id.pembina.evaluation.api;

/** An item whose mean fell below the threshold, with its wording so a report can quote it. */
public record ImprovementPoint(String itemCode, String wording, double mean, int n) {
}
