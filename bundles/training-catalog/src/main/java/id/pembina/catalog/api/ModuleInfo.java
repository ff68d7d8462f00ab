package id.pembina.catalog.api;

import java.util.List;

/**
 * A training module known to the running catalog.
 *
 * @param status   {@code ACTIVE}, or {@code INVALID} with {@code problems} when its definitions break a rule
 */
public record ModuleInfo(String id, String name, String version, long bundleId, String bundleSymbolicName,
        String bundleVersion, String bundleState, List<String> programs, String status, List<String> problems) {
}
