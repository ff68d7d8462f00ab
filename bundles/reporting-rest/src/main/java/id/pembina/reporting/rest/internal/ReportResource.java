package id.pembina.reporting.rest.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.UriInfo;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.ReportFormatInfo;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportTypeInfo;
import id.pembina.reporting.api.Reports;
import id.pembina.rest.api.RequestLanguage;
import id.pembina.rest.api.RestApplication;

/**
 * {@code /api/v1/reports}: the report types and formats registered now, and a report as a file. The language is
 * {@code lang=} when given, else the request's {@code Accept-Language}; Bahasa Indonesia by default.
 */
@Component(immediate = true, service = ReportResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("reports")
public class ReportResource {

    /** Query parameters of the request itself, never passed to a report. */
    static final List<String> OWN = List.of("format", "lang");

    /** The format when none is named. */
    static final String DEFAULT_FORMAT = "pdf";

    @Reference
    private Reports reports;

    @Reference
    private Messages messages;

    /** Types with their parameters, and formats, in the request's language. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public ReportCatalog list(@QueryParam("lang") String lang) {
        Locale l = language(lang);
        return new ReportCatalog(reports.types(l).stream().map(t -> type(t, l)).toList(), reports.formats(l));
    }

    /** The report as a file named for download; refusals are problem+json (400 bad parameter, 404 unknown). */
    @GET
    @Path("{type}")
    public Response report(@PathParam("type") String type, @QueryParam("format") String format,
            @QueryParam("lang") String lang, @Context UriInfo uri) {
        Map<String, String> parameters = new LinkedHashMap<>();
        uri.getQueryParameters().forEach((name, values) -> {
            if (!OWN.contains(name) && !values.isEmpty()) {
                parameters.put(name, values.get(0));
            }
        });
        RenderedReport r = reports.make(type, format == null || format.isBlank() ? DEFAULT_FORMAT : format.strip(),
                parameters, language(lang));
        // Written before the answer starts, so that a failure is a problem, not half a file.
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            r.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.ok(out.toByteArray(), r.mediaType())
                .header("Content-Disposition", disposition(r.fileName())).build();
    }

    /** Attachment with the plain name and its UTF-8 form (RFC 6266), quotes and controls kept out of the plain one. */
    static String disposition(String fileName) {
        String plain = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        return "attachment; filename=\"" + plain + "\"; filename*=UTF-8''"
                + URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static Locale language(String lang) {
        return lang == null || lang.isBlank() ? RequestLanguage.current() : Languages.of(Locale.forLanguageTag(lang.strip()));
    }

    private ReportTypeJson type(ReportTypeInfo t, Locale l) {
        return new ReportTypeJson(t.id(), t.title(), t.parameters().stream().map(p -> new ReportParameterJson(p.name(),
                p.kind(), p.required(), messages.text(l, p.descriptionCode()))).toList());
    }

    /** What {@code GET /reports} answers. */
    public record ReportCatalog(List<ReportTypeJson> types, List<ReportFormatInfo> formats) {
    }

    /** A report type with its parameters described in the request's language. */
    public record ReportTypeJson(String id, String title, List<ReportParameterJson> parameters) {
    }

    /** A parameter of a report type. */
    public record ReportParameterJson(String name, ReportParameter.Kind kind, boolean required, String description) {
    }
}
