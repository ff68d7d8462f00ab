package id.pembina.rest.internal;

import java.util.UUID;

import javax.ws.rs.NotAllowedException;
import javax.ws.rs.NotFoundException;
import javax.ws.rs.WebApplicationException;
import javax.ws.rs.core.Response;
import javax.ws.rs.ext.ExceptionMapper;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.participant.api.DuplicateException;
import id.pembina.participant.api.ValidationException;

/**
 * Turns every failure into {@code application/problem+json}. Refusals keep their meaning (400,
 * 404, 409); anything unexpected is logged with a reference and answered without internals.
 */
@Component(service = ExceptionMapper.class)
@JaxrsExtension
@JaxrsApplicationSelect(PembinaApplication.SELECT)
public class ProblemMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(ProblemMapper.class);

    @Override
    public Response toResponse(Throwable t) {
        return problemFor(t).toResponse(Texts.requestLocale());
    }

    static Problem problemFor(Throwable t) {
        // The JAX-RS runtime may wrap what a body reader threw.
        for (Throwable c = t; c != null; c = c.getCause()) {
            if (c instanceof ProblemException) {
                return ((ProblemException) c).problem;
            }
        }
        if (t instanceof ValidationException) {
            return Problem.validation(((ValidationException) t).errors());
        }
        if (t instanceof DuplicateException) {
            return Problem.of(409, "conflict", "conflict.detail", ((DuplicateException) t).key());
        }
        if (t instanceof id.pembina.participant.api.NotFoundException) {
            return Problem.of(404, "not-found", "notFound.detail",
                    ((id.pembina.participant.api.NotFoundException) t).key());
        }
        if (t instanceof NotFoundException) {
            return Problem.of(404, "not-found", "notFound.address");
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
