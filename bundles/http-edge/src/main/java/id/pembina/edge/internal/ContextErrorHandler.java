package id.pembina.edge.internal;

import java.io.IOException;
import java.util.function.Supplier;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.servlet.ErrorPageErrorHandler;

import id.pembina.platform.api.Messages;

/**
 * The error handler of every servlet context (the API's, the pages', the phone forms'): an error that
 * a servlet or the container answers with {@code sendError} (an unknown file, a method a servlet does
 * not take) becomes problem+json for every method, not Jetty's HTML page (or an empty body for
 * methods other than GET, POST and HEAD). Error pages that bundles register still apply.
 */
final class ContextErrorHandler extends ErrorPageErrorHandler {

    private final Supplier<Messages> messages;
    private final long hstsSeconds;

    ContextErrorHandler(Supplier<Messages> messages, long hstsSeconds) {
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
        ProblemErrorHandler.write(response, request.isSecure(), Problems.locale(request.getHeader("Accept-Language")),
                code, hstsSeconds, messages.get());
        baseRequest.setHandled(true);
    }
}
