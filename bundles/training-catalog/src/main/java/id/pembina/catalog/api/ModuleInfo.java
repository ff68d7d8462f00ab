package id.pembina.catalog.api;

import java.util.List;

/**
 * A training module known to the running catalog.
 *
 * @param status   {@code ACTIVE}, or {@code INVALID} with {@code problems} when its definitions break a rule, or
 *                 {@code BROKEN} with the reason in {@code problems} when it never reached the catalog (its bundle
 *                 is not resolved or not started, its component failed to activate, or a jar in deploy/ could
 *                 not be installed); then {@code id} and {@code version} are null, {@code name} is the bundle's
 *                 symbolic name or the file name, and {@code bundleId} is -1 for a file that is no bundle
 */
public record ModuleInfo(String id, String name, String version, long bundleId, String bundleSymbolicName,
        String bundleVersion, String bundleState, List<String> programs, String status, List<String> problems) {
}
