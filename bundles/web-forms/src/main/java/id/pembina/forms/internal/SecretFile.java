package id.pembina.forms.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The key that signs the form links: 32 random bytes made on first start and kept in a file readable by its
 * owner only ({@code data/pembina/forms-secret}), so that the links stay valid across restarts. Deleting the
 * file invalidates every link handed out.
 */
final class SecretFile {

    private SecretFile() {
    }

    /** @return the key in the file, made first when the file does not exist */
    static byte[] readOrCreate(Path file) throws IOException {
        if (!Files.exists(file)) {
            byte[] key = new byte[32];
            new SecureRandom().nextBytes(key);
            Files.createDirectories(file.getParent());
            try {
                try {
                    Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
                } catch (UnsupportedOperationException e) {
                    Files.createFile(file); // not a POSIX file system
                }
                Files.writeString(file, Base64.getEncoder().encodeToString(key) + System.lineSeparator(),
                        StandardCharsets.US_ASCII, StandardOpenOption.WRITE);
                return key;
            } catch (FileAlreadyExistsException e) {
                // another start made it at the same moment: use theirs
            }
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        if (key.length < 32) {
            throw new IOException(file + " holds fewer than 32 bytes; delete it to make a new key");
        }
        return key;
    }
}
