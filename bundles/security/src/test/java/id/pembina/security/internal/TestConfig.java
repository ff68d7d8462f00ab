package id.pembina.security.internal;

import java.lang.annotation.Annotation;

/** A {@link SecurityConfig} for tests: few hash iterations so that a test does not spend seconds hashing. */
class TestConfig implements SecurityConfig {

    static final int ITERATIONS = 1_000;

    @Override
    public Class<? extends Annotation> annotationType() {
        return SecurityConfig.class;
    }

    @Override
    public int min_password_length() {
        return 10;
    }

    @Override
    public int hash_iterations() {
        return ITERATIONS;
    }

    @Override
    public int account_failure_limit() {
        return 5;
    }

    @Override
    public int address_failure_limit() {
        return 20;
    }

    @Override
    public int failure_window_minutes() {
        return 15;
    }

    @Override
    public int first_lock_seconds() {
        return 30;
    }

    @Override
    public int max_lock_seconds() {
        return 900;
    }
}
