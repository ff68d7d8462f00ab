package id.pembina.edge.internal;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class TlsKeystoreTest {

    @Rule
    public TemporaryFolder folder = new TemporaryFolder();

    @Test
    public void makesAnOwnerOnlyKeystoreWithASelfSignedLocalhostCertificate() throws Exception {
        Path etc = folder.getRoot().toPath();
        Instant now = Instant.parse("2026-11-30T04:00:00Z");
        assertTrue(TlsKeystore.ensure(etc, new SecureRandom(), now));

        Path file = etc.resolve("pembina-tls.p12");
        Path passwordFile = etc.resolve("pembina-tls-password");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile)));
        char[] password = Files.readString(passwordFile, StandardCharsets.UTF_8).toCharArray();
        // 24 random bytes in unpadded base64: 24 * 4 / 3 = 32 characters
        assertEquals(32, password.length);

        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password);
        }
        X509Certificate cert = (X509Certificate) store.getCertificate("pembina");
        cert.checkValidity(Date.from(now));
        cert.verify(cert.getPublicKey()); // self-signed: its own key verifies the signature
        assertEquals("CN=localhost", cert.getSubjectX500Principal().getName());
        assertEquals(cert.getSubjectX500Principal(), cert.getIssuerX500Principal());
        assertEquals(3, cert.getVersion());
        assertEquals("SHA256withECDSA", cert.getSigAlgName());
        // not before: a day before now; not after: 3650 days after now (2036-11-27, 2026-2036 has 3 leap days)
        assertEquals(Instant.parse("2026-11-29T04:00:00Z"), cert.getNotBefore().toInstant());
        assertEquals(Instant.parse("2036-11-27T04:00:00Z"), cert.getNotAfter().toInstant());
        // subject alternative names: type 2 = DNS name, type 7 = IP address
        assertEquals(List.of(List.of(2, "localhost"), List.of(7, "127.0.0.1")),
                List.copyOf(cert.getSubjectAlternativeNames()));

        // the private key signs what the certificate's key verifies
        PrivateKey key = (PrivateKey) store.getKey("pembina", password);
        Signature s = Signature.getInstance("SHA256withECDSA");
        s.initSign(key);
        s.update(new byte[] { 1, 2, 3 });
        byte[] signature = s.sign();
        s.initVerify(cert);
        s.update(new byte[] { 1, 2, 3 });
        assertTrue(s.verify(signature));
    }

    @Test
    public void keepsAnExistingKeystore() throws Exception {
        Path etc = folder.getRoot().toPath();
        assertTrue(TlsKeystore.ensure(etc, new SecureRandom(), Instant.now()));
        byte[] first = Files.readAllBytes(etc.resolve("pembina-tls.p12"));
        assertFalse(TlsKeystore.ensure(etc, new SecureRandom(), Instant.now()));
        assertArrayEquals(first, Files.readAllBytes(etc.resolve("pembina-tls.p12")));
    }

    @Test
    public void encodesObjectIdentifiersAndLongLengths() {
        // 1.2.840.10045.4.3.2: 1*40+2 = 42 = 0x2A; 840 = 6*128+72 -> 0x86 0x48; 10045 = 78*128+61 -> 0xCE 0x3D
        assertArrayEquals(new byte[] { 0x06, 0x08, 0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02 },
                SelfSignedCertificate.oid(new int[] { 1, 2, 840, 10045, 4, 3, 2 }));
        // 300 bytes: long form, two length bytes 0x01 0x2C
        byte[] tlv = SelfSignedCertificate.tlv(0x04, new byte[300]);
        assertEquals(304, tlv.length);
        assertArrayEquals(new byte[] { 0x04, (byte) 0x82, 0x01, 0x2C }, java.util.Arrays.copyOf(tlv, 4));
    }
}
