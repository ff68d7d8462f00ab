package id.pembina.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;

import id.pembina.persistence.api.SchemaMigrationException;

/**
 * Tells a first start from a lost database. The first migration of an installation writes
 * {@code data/pembina/database-created}; from then on, a database without Liquibase's change log table means
 * that the database file went missing (H2 would silently create an empty one at the configured path) or that
 * the configuration points to another, empty database: the migration is refused with an error in the log,
 * nothing is created, and health reports the failed components, instead of serving an empty database.
 * Outside Karaf (no {@code karaf.data}) there is no installation and nothing is checked.
 */
final class InstallationMarker {

    // java.util.logging (which Karaf's log service takes in) keeps the bundle's imports to what it has.
    private static final java.util.logging.Logger LOG = java.util.logging.Logger.getLogger(InstallationMarker.class.getName());
    static final String FILE = "database-created";

    private InstallationMarker() {
    }

    static Path marker() {
        String data = System.getProperty("karaf.data");
        return data == null ? null : Paths.get(data, "pembina", FILE);
    }

    static void refuseLostDatabase(Connection c) throws SQLException {
        Path marker = marker();
        if (marker != null && Files.exists(marker) && !hasChangeLog(c)) {
            String message = "The database " + c.getMetaData().getURL() + " is empty, but this installation created "
                    + "its database before (" + marker + "): the database file is missing or the configuration "
                    + "names another database. No table was created. Restore the database (pembina:restore, or put "
                    + "the file back) and restart; to start afresh on purpose, delete " + marker + ".";
            LOG.severe(message);
            throw new SchemaMigrationException(message, null);
        }
    }

    static void created() {
        Path marker = marker();
        if (marker == null || Files.exists(marker)) {
            return;
        }
        try {
            Files.createDirectories(marker.getParent());
            Files.writeString(marker, "The database of this installation was created; see docs/operations.md.\n");
        } catch (IOException e) {
            LOG.log(java.util.logging.Level.WARNING, "Could not write " + marker
                    + ": a lost database will not be told from a first start", e);
        }
    }

    private static boolean hasChangeLog(Connection c) throws SQLException {
        DatabaseMetaData meta = c.getMetaData();
        for (String name : new String[] {"DATABASECHANGELOG", "databasechangelog"}) {
            try (ResultSet rs = meta.getTables(null, null, name, new String[] {"TABLE"})) {
                if (rs.next()) {
                    return true;
                }
            }
        }
        return false;
    }
}
