package id.pembina.edge.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

/**
 * Makes the server's own TLS key pair on first start: {@code etc/pembina-tls.p12} (PKCS12, a
 * self-signed certificate for {@code localhost}, ten years) and its password in
 * {@code etc/pembina-tls-password}, both readable by their owner only. etc/org.ops4j.pax.web.cfg
 * reads the password through Karaf's secret interpolation ({@code $[secret:pembina-tls-password]}).
 * {@link EdgeActivator} runs it below Pax Web's start level, so the files exist before Jetty opens
 * its HTTPS port. An agency certificate is configured in etc/org.ops4j.pax.web.cfg instead
 * (docs/operations.md); these files are then simply unused.
 */
final class TlsKeystore {

    static final String KEYSTORE = "pembina-tls.p12";
    static final String PASSWORD = "pembina-tls-password";
    static final String ALIAS = "pembina";

    private TlsKeystore() {
    }

    /** @return true when a key pair was made, false when the keystore was already there */
    static boolean ensure(Path dir, SecureRandom random, Instant now) throws IOException, GeneralSecurityException {
        Path keystore = dir.resolve(KEYSTORE);
        if (Files.exists(keystore)) {
            return false;
        }
        byte[] secret = new byte[24];
        random.nextBytes(secret);
        char[] password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret).toCharArray();

        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), random);
        KeyPair keys = generator.generateKeyPair();
        Certificate certificate = SelfSignedCertificate.create(keys, "localhost", now.minus(Duration.ofDays(1)),
                now.plus(Duration.ofDays(3650)), random);
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry(ALIAS, keys.getPrivate(), password, new Certificate[] { certificate });

        // The password first: a keystore without it would be unreadable at the next start.
        writeOwnerOnly(dir.resolve(PASSWORD), new String(password).getBytes(StandardCharsets.UTF_8));
        Path temp = ownerOnlyFile(dir.resolve(KEYSTORE + ".tmp"));
        try (OutputStream out = Files.newOutputStream(temp)) {
            store.store(out, password);
        }
        Files.move(temp, keystore, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return true;
    }

    private static void writeOwnerOnly(Path file, byte[] content) throws IOException {
        Path temp = ownerOnlyFile(file.resolveSibling(file.getFileName() + ".tmp"));
        Files.write(temp, content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** An empty file that only its owner may read and write (created so, never widened afterwards). */
    static Path ownerOnlyFile(Path file) throws IOException {
        Files.deleteIfExists(file);
        try {
            return Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            return Files.createFile(file); // not a POSIX file system (Windows): the folder's own rights apply
        } catch (FileAlreadyExistsException e) {
            throw new IOException("Could not replace " + file, e);
        }
    }
}
