package id.pembina.edge.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * A self-signed X.509 v3 certificate for an EC P-256 key, written in DER with the JDK alone (the JDK
 * signs and parses certificates but has no public API to build one; keytool's classes are internal).
 * Subject and issuer {@code CN=<name>}, subject alternative names {@code localhost} and
 * {@code 127.0.0.1}, signed with ECDSA over SHA-256.
 */
final class SelfSignedCertificate {

    /** ecdsa-with-SHA256, RFC 5758. */
    private static final int[] ECDSA_SHA256 = { 1, 2, 840, 10045, 4, 3, 2 };
    private static final int[] COMMON_NAME = { 2, 5, 4, 3 };
    private static final int[] SUBJECT_ALT_NAME = { 2, 5, 29, 17 };
    private static final DateTimeFormatter GENERALIZED = DateTimeFormatter.ofPattern("yyyyMMddHHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private SelfSignedCertificate() {
    }

    static X509Certificate create(KeyPair keys, String commonName, Instant notBefore, Instant notAfter,
            SecureRandom random) throws GeneralSecurityException {
        byte[] algorithm = seq(oid(ECDSA_SHA256));
        byte[] name = seq(set(seq(oid(COMMON_NAME), tlv(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
        byte[] altNames = seq(tlv(0x82, "localhost".getBytes(StandardCharsets.US_ASCII)),
                tlv(0x87, new byte[] { 127, 0, 0, 1 }));
        byte[] extensions = tlv(0xA3, seq(seq(oid(SUBJECT_ALT_NAME), tlv(0x04, altNames))));
        byte[] tbs = seq(
                tlv(0xA0, integer(BigInteger.TWO)), // version 3
                integer(new BigInteger(63, random).add(BigInteger.ONE)),
                algorithm,
                name,
                seq(time(notBefore), time(notAfter)),
                name,
                keys.getPublic().getEncoded(), // SubjectPublicKeyInfo, already DER
                extensions);
        Signature signer = Signature.getInstance("SHA256withECDSA");
        signer.initSign(keys.getPrivate(), random);
        signer.update(tbs);
        byte[] signature = signer.sign();
        byte[] bitString = new byte[signature.length + 1]; // leading 0: no unused bits
        System.arraycopy(signature, 0, bitString, 1, signature.length);
        byte[] der = seq(tbs, algorithm, tlv(0x03, bitString));
        return (X509Certificate) CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(der));
    }

    /** GeneralizedTime: valid for every year (UTCTime stops at 2049). */
    private static byte[] time(Instant t) {
        return tlv(0x18, GENERALIZED.format(t).getBytes(StandardCharsets.US_ASCII));
    }

    private static byte[] integer(BigInteger value) {
        return tlv(0x02, value.toByteArray());
    }

    static byte[] oid(int[] arcs) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(arcs[0] * 40 + arcs[1]);
        for (int i = 2; i < arcs.length; i++) {
            int v = arcs[i];
            // base 128, most significant group first, every group but the last with its high bit set
            int groups = 1;
            for (int rest = v >>> 7; rest != 0; rest >>>= 7) {
                groups++;
            }
            for (int g = groups - 1; g >= 0; g--) {
                int b = (v >>> (7 * g)) & 0x7F;
                out.write(g == 0 ? b : b | 0x80);
            }
        }
        return tlv(0x06, out.toByteArray());
    }

    private static byte[] seq(byte[]... parts) {
        return tlv(0x30, concat(parts));
    }

    private static byte[] set(byte[]... parts) {
        return tlv(0x31, concat(parts));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Tag, definite length (short form below 128, else long form), value. */
    static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int n = value.length;
        if (n < 128) {
            out.write(n);
        } else {
            int bytes = n > 0xFFFFFF ? 4 : n > 0xFFFF ? 3 : n > 0xFF ? 2 : 1;
            out.write(0x80 | bytes);
            for (int i = bytes - 1; i >= 0; i--) {
                out.write((n >>> (8 * i)) & 0xFF);
            }
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
