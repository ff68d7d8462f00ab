package id.pembina.evaluation.data.api;

import id.pembina.evaluation.api.ItemAnalysis;

/**
 * Item difficulty and discrimination of the post-tests answered against one test version: the version most
 * post-tests name (the later one on a tie), since item ids need not mean the same across versions.
 */
public record TestItemAnalysis(String version, ItemAnalysis analysis) {
}
