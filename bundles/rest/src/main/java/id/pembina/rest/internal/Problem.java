package id.pembina.rest.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import com.fasterxml.jackson.annotation.JsonInclude;

import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.ImportResult;

/**
 * An RFC 9457 problem detail. Built from codes and rendered in the request's language
 * (Bahasa Indonesia unless the client asks for English).
 */
final class Problem {

    static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    private final int status;
    private final String kind;
    private final String detailCode;
    private final Object[] detailArgs;
    private final List<Object[]> errors = new ArrayList<>();

    private Problem(int status, String kind, String detailCode, Object... detailArgs) {
        this.status = status;
        this.kind = kind;
        this.detailCode = detailCode;
        this.detailArgs = detailArgs;
    }

    static Problem of(int status, String kind, String detailCode, Object... args) {
        return new Problem(status, kind, detailCode, args);
    }

    static Problem badRequest(String detailCode, Object... args) {
        return new Problem(400, "bad-request", detailCode, args);
    }

    static Problem validation(List<FieldError> fieldErrors) {
        Problem p = new Problem(400, "validation", "validation.detail", fieldErrors.size());
        fieldErrors.forEach(e -> p.errors.add(new Object[] { null, e }));
        return p;
    }

    static Problem importRefused(List<ImportResult.RowError> rowErrors, int rows) {
        long badLines = rowErrors.stream().mapToLong(ImportResult.RowError::line).distinct().count();
        Problem p = new Problem(400, "import-refused", "import.detail", badLines, rows);
        rowErrors.forEach(e -> p.errors.add(new Object[] { e.line(), e.error() }));
        return p;
    }

    int status() {
        return status;
    }

    Response toResponse(Locale locale) {
        return Response.status(status).type(PROBLEM_JSON).entity(body(locale)).build();
    }

    Body body(Locale locale) {
        List<Item> items = null;
        if (!errors.isEmpty()) {
            items = new ArrayList<>();
            for (Object[] e : errors) {
                FieldError f = (FieldError) e[1];
                items.add(new Item((Long) e[0], f.field(), f.code(), Texts.field(locale, f)));
            }
        }
        return new Body("urn:pembina:problem:" + kind, Texts.text(locale, "title." + kind), status,
                Texts.text(locale, detailCode, detailArgs), items);
    }

    /** The JSON body. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Body(String type, String title, int status, String detail, List<Item> errors) {
    }

    /** One field or row error. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(Long line, String field, String code, String message) {
    }
}
