package id.pembina.evaluation.data.api;

/**
 * A participant's written comment on a session's reaction questionnaire, as evaluations show it: without the
 * writer (never the NIP, also for questionnaires that are not anonymous) and without the time of writing, so that
 * a comment cannot be traced back through the answer it came with.
 */
public record ReactionComment(long sessionId, String text) {
}
