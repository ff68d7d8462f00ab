package id.pembina.security.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** etc/id.pembina.security.cfg: password rules and login throttling. */
@ObjectClassDefinition(name = "Pembina accounts", description = "Password rules and the slowing of failed logins")
public @interface SecurityConfig {

    String PID = "id.pembina.security";

    @AttributeDefinition(description = "Shortest password accepted")
    int min_password_length() default 10;

    @AttributeDefinition(description = "PBKDF2-HMAC-SHA256 iterations of new hashes; older hashes are "
            + "re-hashed at their next successful login when this is raised")
    int hash_iterations() default PasswordHasher.DEFAULT_ITERATIONS;

    @AttributeDefinition(description = "Failed logins of one account within the window before it is locked")
    int account_failure_limit() default 5;

    @AttributeDefinition(description = "Failed logins from one client address within the window before it is "
            + "locked (higher than per account: an office shares one address)")
    int address_failure_limit() default 20;

    @AttributeDefinition(description = "Window in which failures are counted (minutes)")
    int failure_window_minutes() default 15;

    @AttributeDefinition(description = "First lock (seconds); it doubles with every further failure in the window")
    int first_lock_seconds() default 30;

    @AttributeDefinition(description = "Longest lock (seconds)")
    int max_lock_seconds() default 900;
}
