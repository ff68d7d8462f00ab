package id.pembina.persistence.api;

import javax.sql.DataSource;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Brings a bundle's tables up to date by applying the pending change sets of its change log.
 * Safe to call on every start: applied change sets are recorded and skipped, and concurrent
 * callers are serialised by a database lock.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * @param dataSource   the database to migrate
     * @param changeLog    resource path of the owner's change log, e.g. {@code db/registry.sql}
     * @param resources    class loader that can see the change log (the owner bundle's)
     * @return number of change sets applied by this call
     * @throws SchemaMigrationException when a change set fails; it is not recorded as applied and runs
     *         again on the next call (keep each change set to one statement where the database
     *         commits DDL implicitly, as H2 does, so that a failure leaves nothing half done)
     */
    int migrate(DataSource dataSource, String changeLog, ClassLoader resources);
}
