package id.pembina.evaluation.api;

import java.util.ServiceLoader;

/**
 * Entry point for use without a framework. The engine is found with {@link ServiceLoader} in the
 * engine's own jar, so this API package names no implementation class; inside OSGi, take the
 * {@link EvaluationEngine} service instead.
 */
public final class Evaluations {

    private Evaluations() {
    }

    /** A new, stateless, thread-safe engine. */
    public static EvaluationEngine engine() {
        return ServiceLoader.load(EvaluationEngine.class, Evaluations.class.getClassLoader()).findFirst()
                .orElseThrow(() -> new IllegalStateException("No EvaluationEngine in " + Evaluations.class.getName()
                        + "'s jar (META-INF/services)"));
    }
}
