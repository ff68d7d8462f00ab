package id.pembina.evaluation.api;

import id.pembina.evaluation.internal.DefaultEvaluationEngine;

/** Entry point for use without a framework. */
public final class Evaluations {

    private Evaluations() {
    }

    /** A new, stateless, thread-safe engine. */
    public static EvaluationEngine engine() {
        return new DefaultEvaluationEngine();
    }
}
