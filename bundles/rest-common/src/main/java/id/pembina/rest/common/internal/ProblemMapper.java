package id.pembina.rest.common.internal;

import java.io.IOException;
import java.util.UUID;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.platform.api.LogMask;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.RequestLanguage;
import id.pembina.rest.api.RestApplication;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.LoginThrottledException;

/**
 * Turns every failure into {@code application/problem+json}. Refusals keep their meaning (400,
 * 404, 409); a database that cannot serve now is 503; anything unexpected is logged with a
 * reference and answered without internals.
 */
@Component(immediate = true, service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(RestApplication.SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Reference
    private Messages messages;

    @Override
    public Response toResponse(Throwable t) {
        Problem p = problemFor(t);
        Response r = p.toResponse(messages, RequestLanguage.current());
        if (p.status() == 503) {
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof LoginThrottledException l) {
                return Response.fromResponse(r).header("Retry-After", Long.toString(l.retryAfterSeconds())).build();
            }
        }
        return r;
    }

    static Problem problemFor(Throwable t) {
        // The JAX-RS runtime may wrap what a body reader threw.
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProblemException) {
                return ((ProblemException) c).problem();
            }
        }
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof StorageException) {
                break; // the database's own I/O (a lost connection) is the server's side, below
            }
            if (c instanceof IOException) {
                // The body could not be read (a broken chunk, a client that stopped sending): the
                // request's fault, not the server's.
                return Problem.badRequest("body.unreadable");
            }
        }
        if (t instanceof ValidationException v) {
            return Problem.validation(v.errors());
        }
        if (t instanceof ImportRefusedException i) {
            return Problem.importRefused(i.result());
        }
        if (t instanceof AccessDeniedException a) {
            return Problem.of(403, "forbidden", a.code(), a.args());
        }
        if (t instanceof LoginThrottledException l) {
            return Problem.of(429, "too-many-requests", "security.throttled", l.retryAfterSeconds());
        }
        if (t instanceof ConflictException c) {
            return Problem.of(409, "conflict", "conflict.detail", c.key());
        }
        if (t instanceof id.pembina.platform.api.NotFoundException n) {
            return Problem.notFound("notFound.detail", n.key());
        }
        if (t instanceof StorageException s && s.isTransient()) {
            LOG.warn("Database busy or unreachable: {}", LogMask.nips(s.getMessage()));
            return Problem.of(503, "unavailable", "storage.busy");
        }
        if (t instanceof NotFoundException) {
            return Problem.notFound("notFound.address");
        }
        if (t instanceof NotAllowedException) {
            return Problem.of(405, "method-not-allowed", "http.detail", 405);
        }
        if (t instanceof WebApplicationException) {
            int status = ((WebApplicationException) t).getResponse().getStatus();
            if (status >= 500) {
                return internal(t);
            }
            String kind = status == 405 ? "method-not-allowed" : status == 415 ? "unsupported-media-type"
                    : status == 406 ? "not-acceptable"
                    : status == 401 ? "unauthorized" : status == 403 ? "forbidden" : "bad-request";
            return Problem.of(status, kind, "http.detail", status);
        }
        return internal(t);
    }

    private static Problem internal(Throwable t) {
        String ref = UUID.randomUUID().toString();
        LOG.error("Unexpected failure, reference {}", ref, t);
        return Problem.of(500, "internal", "internal.detail", ref);
    }
}
