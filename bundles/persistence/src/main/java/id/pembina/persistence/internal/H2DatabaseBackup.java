package id.pembina.persistence.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipFile;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.persistence.api.DatabaseBackup;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;

/**
 * {@link DatabaseBackup} for the embedded H2 database. A backup is H2's {@code SCRIPT ... COMPRESSION ZIP} (read
 * in one transaction, so consistent while requests write), written beside the target and renamed into place.
 * A restore runs the script into a scratch in-memory database first, so that a damaged file changes nothing,
 * then {@code SET EXCLUSIVE 1}, {@code DROP ALL OBJECTS} and {@code RUNSCRIPT} on the live one.
 */
@Component(immediate = true, service = DatabaseBackup.class)
public final class H2DatabaseBackup implements DatabaseBackup {

    private final DataSource dataSource;

    @Activate
    public H2DatabaseBackup(@Reference(target = "(dataSourceName=pembina)") DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public Summary backup(Path file) {
        requireAdmin();
        Path target = file.toAbsolutePath();
        Path partial = target.resolveSibling(target.getFileName() + ".partial");
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            requireH2(c);
            Files.createDirectories(target.getParent());
            s.execute("SCRIPT TO " + literal(partial) + " COMPRESSION ZIP");
            Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return summary(c, target);
        } catch (SQLException | IOException e) {
            deleteQuietly(partial);
            throw new IllegalStateException("Backup to " + target + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Summary restore(Path file) {
        requireAdmin();
        Path source = file.toAbsolutePath();
        check(source);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            requireH2(c);
            s.execute("SET EXCLUSIVE 1");
            try {
                s.execute("DROP ALL OBJECTS");
                s.execute("RUNSCRIPT FROM " + literal(source) + " COMPRESSION ZIP");
            } finally {
                s.execute("SET EXCLUSIVE 0");
            }
            return summary(c, source);
        } catch (SQLException e) {
            throw new IllegalStateException("Restore from " + source + " failed: " + e.getMessage(), e);
        }
    }

    /** Reads the backup into a scratch database: a file that is no complete backup is refused before any change. */
    private static void check(Path source) {
        if (!Files.isReadable(source)) {
            throw new IllegalArgumentException(source + " cannot be read");
        }
        try (ZipFile zip = new ZipFile(source.toFile())) {
            if (zip.getEntry("script.sql") == null) {
                throw new IllegalArgumentException(source + " is not a Pembina backup (no script.sql inside)");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(source + " is not a Pembina backup: " + e.getMessage(), e);
        }
        String scratch = "jdbc:h2:mem:restore-check-" + UUID.randomUUID();
        try (Connection c = new org.h2.Driver().connect(scratch, new java.util.Properties());
                Statement s = c.createStatement()) {
            s.execute("RUNSCRIPT FROM " + literal(source) + " COMPRESSION ZIP");
        } catch (SQLException e) {
            throw new IllegalArgumentException(source + " is not a complete backup: " + e.getMessage(), e);
        }
    }

    private static Summary summary(Connection c, Path file) throws SQLException {
        List<String> tables = tables(c);
        long rows = 0;
        try (Statement s = c.createStatement()) {
            for (String t : tables) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM \"" + t.replace("\"", "\"\"") + "\"")) {
                    rs.next();
                    rows += rs.getLong(1);
                }
            }
        }
        return new Summary(file, tables.size(), rows);
    }

    /** @return the tables of the current schema */
    static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        DatabaseMetaData meta = c.getMetaData();
        try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                out.add(rs.getString("TABLE_NAME"));
            }
        }
        return out;
    }

    private static void requireH2(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName();
        if (!"H2".equals(product)) {
            throw new UnsupportedOperationException("The database is " + product + ": back it up with pg_dump -Fc and "
                    + "restore it with pg_restore --clean (docs/operations.md, Backup and restore)");
        }
    }

    private static void requireAdmin() {
        if (!CallerContext.require().has(Role.ADMIN)) {
            throw new AccessDeniedException(AccessDeniedException.DENIED);
        }
    }

    private static String literal(Path p) {
        return "'" + p.toString().replace("'", "''") + "'";
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // the partial file stays; the next backup replaces it
        }
    }
}
