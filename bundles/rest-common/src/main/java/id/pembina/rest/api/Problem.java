package id.pembina.rest.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.Messages;

/**
 * An RFC 9457 problem detail, built from message codes and rendered in the request's language
 * (Bahasa Indonesia unless the client asks for English) by the {@link Messages} service.
 */
public final class Problem {

    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private static final int MAX_ITEMS = 100;

    private final int status;
    private final String kind;
    private final String detailCode;
    private final Object[] detailArgs;
    private final List<Long> lines = new ArrayList<>();
    private final List<FieldError> errors = new ArrayList<>();

    private Problem(int status, String kind, String detailCode, Object... detailArgs) {
        this.status = status;
        this.kind = kind;
        this.detailCode = detailCode;
        this.detailArgs = detailArgs;
    }

    /**
     * @param kind       the last part of the type URI {@code urn:pembina:problem:<kind>}; its title
     *                   is the text {@code title.<kind>}
     * @param detailCode message code of the detail
     */
    public static Problem of(int status, String kind, String detailCode, Object... args) {
        return new Problem(status, kind, detailCode, args);
    }

    public static Problem badRequest(String detailCode, Object... args) {
        return new Problem(400, "bad-request", detailCode, args);
    }

    public static Problem notFound(String detailCode, Object... args) {
        return new Problem(404, "not-found", detailCode, args);
    }

    public static Problem validation(List<FieldError> fieldErrors) {
        Problem p = new Problem(400, "validation", "validation.detail", fieldErrors.size());
        fieldErrors.forEach(e -> p.add(null, e));
        return p;
    }

    public static Problem importRefused(ImportResult result) {
        long badLines = result.errors().stream().mapToLong(ImportResult.RowError::line).distinct().count();
        Problem p = new Problem(400, "import-refused", "import.detail", badLines, result.rows());
        result.errors().forEach(e -> p.add(e.line(), e.error()));
        return p;
    }

    /**
     * Keeps the answer bounded: the first {@value #MAX_ITEMS} row or field errors; the detail text
     * gives the total (bad lines of an import, field errors of a validation).
     */
    private void add(Long line, FieldError e) {
        if (errors.size() >= MAX_ITEMS) {
            return;
        }
        lines.add(line);
        errors.add(e);
    }

    public int status() {
        return status;
    }

    public String kind() {
        return kind;
    }

    /** @return the answer, texts in the language */
    public Response toResponse(Messages messages, Locale locale) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(messages, locale)).build();
    }

    public Body body(Messages messages, Locale locale) {
        List<Item> items = null;
        if (!errors.isEmpty()) {
            items = new ArrayList<>();
            for (int i = 0; i < errors.size(); i++) {
                FieldError f = errors.get(i);
                items.add(new Item(lines.get(i), f.field(), f.code(), messages.text(locale, f)));
            }
        }
        return new Body("urn:pembina:problem:" + kind, messages.text(locale, "title." + kind), status,
                messages.text(locale, detailCode, detailArgs), items);
    }

    /** The JSON body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Body(String type, String title, int status, String detail, List<Item> errors) {
    }

    /** One field or row error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(Long line, String field, String code, String message) {
    }
}
