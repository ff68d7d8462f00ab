package id.pembina.itests;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.net.ssl.SSLSocket;

/**
 * Sends bytes as they are over a TLS connection (request lines and headers that the JDK's HTTP client
 * refuses to send) and reads the answer until the server closes the connection.
 */
final class RawHttps {

    /** An answer: status 0 when the server closed without one. */
    record Answer(int status, String headers, String body) {

        String contentType() {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).trim().equalsIgnoreCase("content-type")) {
                    return line.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
                }
            }
            return "";
        }
    }

    private RawHttps() {
    }

    static Answer send(int port, byte[] request) throws IOException {
        try (SSLSocket socket = (SSLSocket) Tls.trustingAnyCertificate().getSocketFactory().createSocket("localhost", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request);
            out.flush();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            InputStream in = socket.getInputStream();
            byte[] buf = new byte[8192];
            try {
                for (int n; (n = in.read(buf)) > 0;) {
                    answer.write(buf, 0, n);
                }
            } catch (SocketTimeoutException e) {
                throw new IOException("no end of answer within 30 s; so far: " + answer.toString(StandardCharsets.ISO_8859_1), e);
            } catch (IOException e) {
                // a reset after the answer was written (the server closes a refused connection at once)
                if (answer.size() == 0) {
                    return new Answer(0, "", "");
                }
            }
            String text = answer.toString(StandardCharsets.UTF_8);
            int end = text.indexOf("\r\n\r\n");
            String head = end < 0 ? text : text.substring(0, end);
            String body = end < 0 ? "" : text.substring(end + 4);
            int status = 0;
            if (head.startsWith("HTTP/")) {
                String[] parts = head.split(" ", 3);
                status = parts.length > 1 ? Integer.parseInt(parts[1].trim()) : 0;
            }
            return new Answer(status, head, body);
        }
    }
}
