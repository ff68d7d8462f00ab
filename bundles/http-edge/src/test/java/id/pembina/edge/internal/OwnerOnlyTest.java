package id.pembina.edge.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class OwnerOnlyTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void filesBecome600AndFolders700() throws Exception {
        Path root = folder.getRoot().toPath();
        Path users = Files.createFile(root.resolve("users.properties"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));
        Path data = Files.createDirectory(root.resolve("data"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rwxr-xr-x")));
        Path inside = Files.createFile(data.resolve("kept.txt"), PosixFilePermissions.asFileAttribute(
                PosixFilePermissions.fromString("rw-r--r--")));
        Path missing = root.resolve("log");

        OwnerOnly.restrict(users, data, missing);

        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(users)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
        // the folder's contents keep their rights (the closed folder already hides them)
        assertEquals("rw-r--r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(inside)));
        assertFalse(Files.exists(missing));
    }
}
