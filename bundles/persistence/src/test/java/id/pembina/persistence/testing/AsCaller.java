package id.pembina.persistence.testing;

import java.util.Set;

import org.junit.rules.ExternalResource;

import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * Runs each test of a class as a caller, since the services refuse work without one:
 * {@code @Rule public final AsCaller caller = AsCaller.operator();}. A test that needs another caller
 * enters it itself ({@code try (var s = CallerContext.enter(...))}); the rule's caller comes back after.
 */
public final class AsCaller extends ExternalResource {

    private final Caller caller;
    private CallerContext.Scope scope;

    private AsCaller(Caller caller) {
        this.caller = caller;
    }

    /** Training staff: every participant, session and report. */
    public static AsCaller operator() {
        return new AsCaller(operator("operator"));
    }

    /** An administrator: also bundles and configuration. */
    public static AsCaller admin() {
        return new AsCaller(new Caller("admin", Set.of(Role.ADMIN), null, null, "test"));
    }

    /** An operator caller named {@code name}. */
    public static Caller operator(String name) {
        return new Caller(name, Set.of(Role.OPERATOR), null, null, "test");
    }

    /** A unit leader of {@code unitCode} (and the units below it). */
    public static Caller pimpinan(String name, String unitCode) {
        return new Caller(name, Set.of(Role.PIMPINAN), null, unitCode, "test");
    }

    /** A participant linked to {@code nip}. */
    public static Caller peserta(String name, String nip) {
        return new Caller(name, Set.of(Role.PESERTA), nip, null, "test");
    }

    @Override
    protected void before() {
        scope = CallerContext.enter(caller);
    }

    @Override
    protected void after() {
        scope.close();
    }
}
