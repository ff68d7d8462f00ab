package id.pembina.web.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.reporting.api.RenderedReport;
import id.pembina.reporting.api.ReportFormatInfo;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportTypeInfo;
import id.pembina.reporting.api.Reports;

/**
 * The reports page: every registered report type with a form of its parameters and a download per
 * registered format. {@link OptionalParts} registers it while the reporting service is there, so it is
 * the only class of this bundle that touches the reporting package.
 */
public class ReportsServlet extends HttpServlet implements ReportsPage {

    private static final long serialVersionUID = 1L;

    private final transient Pages pages;
    private final transient Reports reports;
    private final transient CatalogService catalog;
    private final transient ParticipantRegistry registry;

    ReportsServlet(Pages pages, Reports reports, CatalogService catalog, ParticipantRegistry registry) {
        this.pages = pages;
        this.reports = reports;
        this.catalog = catalog;
        this.registry = registry;
    }

    /**
     * Registers the page as a servlet (and as the navigation's {@link ReportsPage}) for the given
     * reporting service. Typed {@code Object} so that callers never load the reporting package.
     */
    static ServiceRegistration<?> register(BundleContext context, Object reports, Pages pages, CatalogService catalog,
            ParticipantRegistry registry) {
        return context.registerService(new String[] { Servlet.class.getName(), ReportsPage.class.getName() },
                new ReportsServlet(pages, (Reports) reports, catalog, registry),
                OptionalParts.servlet("pembina.web.reports", 0, "/pembina/reports", "/pembina/reports/*"));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info != null && info.length() > 1) {
            download(request, response, info.substring(1));
            return;
        }
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "reports", "web.reports.title");
        List<Map<String, Object>> formats = new ArrayList<>();
        for (ReportFormatInfo f : reports.formats(locale)) {
            formats.add(Map.of("id", f.id(), "title", f.title(), "extension", f.extension()));
        }
        List<Map<String, Object>> programs = Options.of(catalog.programs(), Program::code, p -> p.code() + " – " + p.title(), null);
        List<Map<String, Object>> units = Options.of(registry.units(), OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")", null);
        List<Map<String, Object>> types = new ArrayList<>();
        for (ReportTypeInfo t : reports.types(locale)) {
            List<Map<String, Object>> params = new ArrayList<>();
            for (ReportParameter p : t.parameters()) {
                Map<String, Object> m = new HashMap<>();
                m.put("name", p.name());
                m.put("fieldId", t.id() + "-" + p.name());
                m.put("description", pages.text(request, p.descriptionCode()));
                m.put("required", p.required());
                switch (p.kind()) {
                    case PROGRAM -> m.put("choices", programs);
                    case UNIT -> m.put("choices", units);
                    case YEAR -> { m.put("inputType", "number"); m.put("value", String.valueOf(Wib.today().getYear())); }
                    case DATE -> m.put("inputType", "date");
                    default -> m.put("inputType", "text");
                }
                params.add(m);
            }
            List<Map<String, Object>> buttons = new ArrayList<>();
            formats.forEach(f -> {
                Map<String, Object> b = new HashMap<>(f);
                b.put("button", "download-" + t.id() + "-" + f.get("id"));
                buttons.add(b);
            });
            types.add(Map.of("id", t.id(), "title", t.title(), "params", params, "formats", buttons));
        }
        model.put("types", types);
        pages.render(response, "reports", model);
    }

    private void download(HttpServletRequest request, HttpServletResponse response, String type) throws IOException {
        Map<String, String> params = new HashMap<>();
        request.getParameterMap().forEach((k, v) -> {
            if (!k.equals("format") && v.length > 0 && !v[0].isBlank()) {
                params.put(k, v[0]);
            }
        });
        Locale locale = Pages.locale(request);
        RenderedReport report;
        try {
            report = reports.make(type, request.getParameter("format"), params, locale);
        } catch (ValidationException e) {
            refuse(request, response, 422, String.join("; ", pages.errors(request, e.errors()).entrySet().stream()
                    .map(en -> en.getKey() + ": " + en.getValue()).toList()));
            return;
        } catch (NotFoundException e) {
            refuse(request, response, 404, pages.text(request, "web.reports.notFound"));
            return;
        }
        response.setContentType(report.mediaType());
        String name = report.fileName().replaceAll("[^A-Za-z0-9._-]", "_");
        response.setHeader("Content-Disposition", "attachment; filename=\"" + name + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(report.fileName(), StandardCharsets.UTF_8).replace("+", "%20"));
        try (OutputStream out = response.getOutputStream()) {
            report.writeTo(out);
        }
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, int status, String text) throws IOException {
        response.setStatus(status);
        Map<String, Object> model = pages.model(request, "reports", "web.reports.title");
        model.put("error", text);
        model.put("types", List.of());
        pages.render(response, "reports", model);
    }
}
