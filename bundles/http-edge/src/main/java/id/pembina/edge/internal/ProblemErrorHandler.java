package id.pembina.edge.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;

/**
 * Jetty's own error answers as problem+json instead of its HTML page: requests Jetty refuses while
 * parsing (bad URI characters, {@code %00}, bad encodings, headers too large) and errors outside every
 * servlet context. For every method (Jetty's default answers only GET, POST and HEAD with a body).
 */
final class ProblemErrorHandler extends ErrorHandler {

    private final Supplier<Messages> messages;
    private final long hstsSeconds;

    ProblemErrorHandler(Supplier<Messages> messages, long hstsSeconds) {
        this.messages = messages;
        this.hstsSeconds = hstsSeconds;
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request,
            HttpServletResponse response, int code, String message) throws IOException {
        write(response, request.isSecure(), Problems.locale(request.getHeader("Accept-Language")), code, hstsSeconds,
                messages.get());
        baseRequest.setHandled(true);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
        fields.put(HttpHeader.CONTENT_TYPE, Problems.MEDIA_TYPE);
        fields.put("X-Content-Type-Options", "nosniff");
        fields.put(HttpHeader.CACHE_CONTROL, "no-store");
        return ByteBuffer.wrap(Problems.body(messages.get(), Languages.INDONESIAN, status, null));
    }

    /** Writes the problem of a status as the whole answer. */
    static void write(HttpServletResponse response, boolean secure, java.util.Locale locale, int status,
            long hstsSeconds, Messages messages) throws IOException {
        write(response, secure, locale, status, null, hstsSeconds, messages);
    }

    /** @param detailCode message code of the detail; null for the status's own text */
    static void write(HttpServletResponse response, boolean secure, java.util.Locale locale, int status,
            String detailCode, long hstsSeconds, Messages messages) throws IOException {
        byte[] body = Problems.body(messages, locale, status, detailCode);
        if (response.isCommitted()) {
            return;
        }
        response.resetBuffer();
        SecurityHeaders.add(response, secure, hstsSeconds);
        response.setStatus(status);
        response.setContentType(Problems.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
