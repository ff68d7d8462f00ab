package id.pembina.persistence.api;

import java.nio.file.Path;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Backup and restore of Pembina's database ({@code pembina:backup}, {@code pembina:restore}); administrators only.
 * The embedded H2 database is copied online into one file (a compressed SQL script of every table) and
 * restored from it with the database held exclusively, so that no request sees it half restored. PostgreSQL
 * has its own tools ({@code pg_dump}, {@code pg_restore}; see docs/operations.md): both methods then refuse.
 *
 * @since 1.2
 */
@ProviderType
public interface DatabaseBackup {

    /**
     * Writes a consistent copy of the whole database while it serves; the file appears complete or not at all.
     *
     * @throws id.pembina.security.api.AccessDeniedException unless the caller is an administrator
     * @throws UnsupportedOperationException for a database other than H2, naming its own tool
     */
    Summary backup(Path file);

    /**
     * Replaces the whole database with a backup: the file is checked first (read into a scratch database), then
     * every table is dropped and restored while the database is held exclusively (other requests wait).
     *
     * @throws id.pembina.security.api.AccessDeniedException unless the caller is an administrator
     * @throws IllegalArgumentException when the file is not a readable Pembina backup (nothing was changed)
     * @throws UnsupportedOperationException for a database other than H2, naming its own tool
     */
    Summary restore(Path file);

    /** What a backup holds: the tables and their rows (Liquibase's own tables included). */
    record Summary(Path file, int tables, long rows) {
    }
}
