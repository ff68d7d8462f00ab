package id.pembina.itests;

import java.net.http.HttpClient;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * HTTPS clients of the tests. The server under test answers with the self-signed certificate it made
 * on its first start, which no trust store knows: the tests accept any certificate chain (the host
 * name is still checked against the certificate's names, which include localhost).
 */
public final class Tls {

    private Tls() {
    }

    /** @return a client builder over HTTPS that accepts the test server's own certificate */
    public static HttpClient.Builder client() {
        return HttpClient.newBuilder().sslContext(trustingAnyCertificate()).connectTimeout(Duration.ofSeconds(10));
    }

    /** @return TLS that accepts any server certificate: for tests of a server on this machine only */
    public static SSLContext trustingAnyCertificate() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] { new X509TrustManager() {
                @Override
                public void checkClientTrusted(X509Certificate[] chain, String authType) {
                    // the tests present no client certificate
                }

                @Override
                public void checkServerTrusted(X509Certificate[] chain, String authType) {
                    // the test server's self-signed certificate
                }

                @Override
                public X509Certificate[] getAcceptedIssuers() {
                    return new X509Certificate[0];
                }
            } }, new SecureRandom());
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
