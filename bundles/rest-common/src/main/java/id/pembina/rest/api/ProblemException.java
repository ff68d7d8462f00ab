package id.pembina.rest.api;

/** Carries a problem from anywhere in request handling to the common problem mapper. */
public final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient Problem problem;

    public ProblemException(Problem problem) {
        super(null, null, false, false);
        this.problem = problem;
    }

    public Problem problem() {
        return problem;
    }
}
