/**
 * Who is calling and what they may do: the small security API every domain bundle uses.
 * <p>
 * The edges (REST, console, web, forms) authenticate through {@link id.pembina.security.api.Authenticator}
 * and put the resulting {@link id.pembina.security.api.Caller} on the thread with
 * {@link id.pembina.security.api.CallerContext#enter(Caller)}; the services read it with
 * {@link id.pembina.security.api.CallerContext#require()} and refuse with
 * {@link id.pembina.security.api.AccessDeniedException}, so REST, console and web obey the same rules.
 * Every write, export, failed login and user change is recorded in the {@link id.pembina.security.api.AuditTrail}.
 * User accounts (linked to a NIP, a pimpinan to a unit) are managed through
 * {@link id.pembina.security.api.UserAccounts}. Depends on the JDK and the platform API only.
 */
@Export
@Version("1.1.0")
package id.pembina.security.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
