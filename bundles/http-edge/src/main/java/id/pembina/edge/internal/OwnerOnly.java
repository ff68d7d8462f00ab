package id.pembina.edge.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Takes group and other rights away from files and folders that hold personal data or secrets
 * (the users file, data/ with the database and the logs): unpacking the distribution keeps the
 * archive's 0644/0755, and bin/setenv's umask 077 only covers what is created afterwards.
 */
final class OwnerOnly {

    private static final Logger LOG = LoggerFactory.getLogger(OwnerOnly.class);
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private OwnerOnly() {
    }

    /** Files become 0600, folders 0700 (not their contents); missing ones and non-POSIX systems are left alone. */
    static void restrict(Path... paths) {
        for (Path p : paths) {
            try {
                if (Files.isDirectory(p)) {
                    Files.setPosixFilePermissions(p, FOLDER);
                } else if (Files.isRegularFile(p)) {
                    Files.setPosixFilePermissions(p, FILE);
                }
            } catch (UnsupportedOperationException e) {
                return; // not a POSIX file system: the folder's own access rules apply
            } catch (IOException e) {
                LOG.warn("Could not make {} readable by its owner only: {}", p, e.toString());
            }
        }
    }
}
