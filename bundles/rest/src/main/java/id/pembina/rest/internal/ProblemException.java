package id.pembina.rest.internal;

/** Carries a problem from anywhere in request handling to {@link ProblemMapper}. */
final class ProblemException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final transient Problem problem;

    ProblemException(Problem problem) {
        super(null, null, false, false);
        this.problem = problem;
    }
}
