package id.pembina.evaluation.data.api;

/** When a knowledge test was taken: before (pre-test) or after (post-test) the training. */
public enum TestPhase {
    PRE, POST
}
