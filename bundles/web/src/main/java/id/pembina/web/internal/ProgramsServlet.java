package id.pembina.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ModuleInfo;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;

/**
 * Programmes and the training modules that bring them. The list is a fragment that the page asks for again
 * every few seconds (htmx polling), so a module deployed or removed shows up without a reload.
 */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.programs")
@HttpWhiteboardServletPattern({ "/pembina/programs", "/pembina/programs/*" })
public class ProgramsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient Pages pages;
    @Reference
    private transient CatalogService catalog;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String info = request.getPathInfo();
        if (info == null || info.equals("/")) {
            Map<String, Object> model = pages.model(request, "programs", "web.programs.title");
            live(model);
            pages.render(response, "programs", model);
        } else if (info.equals("/live")) {
            Map<String, Object> model = pages.model(request, "programs", "web.programs.title");
            live(model);
            pages.render(response, "programs-live", model);
        } else {
            detail(request, response, info.substring(1));
        }
    }

    private void live(Map<String, Object> model) {
        List<Map<String, Object>> programs = new ArrayList<>();
        for (Program p : catalog.programs()) {
            programs.add(Map.of("code", p.code(), "title", p.title(), "jp", p.jp(), "module", p.moduleId() + " " + p.moduleVersion(),
                    "type", String.valueOf(p.competencyType()), "method", String.valueOf(p.deliveryMethod())));
        }
        List<Map<String, Object>> modules = new ArrayList<>();
        for (ModuleInfo m : catalog.modules()) {
            // A BROKEN module never reached the catalog: no id or version, perhaps no bundle (a file in deploy/).
            modules.add(Map.of("id", m.id() == null ? m.name() : m.id(), "name", m.name(),
                    "version", m.version() == null ? "-" : m.version(), "state", m.bundleState(),
                    "status", m.status(), "ok", m.problems().isEmpty(), "problems", m.problems(),
                    "programs", String.join(", ", m.programs()),
                    "bundle", m.bundleSymbolicName() == null ? "-" : m.bundleSymbolicName() + " " + m.bundleVersion()));
        }
        model.put("programs", programs);
        model.put("modules", modules);
    }

    private void detail(HttpServletRequest request, HttpServletResponse response, String code) throws IOException {
        Optional<ProgramDetail> found = catalog.program(code);
        if (found.isEmpty()) {
            response.sendError(404);
            return;
        }
        Program p = found.get().program();
        Map<String, Object> model = pages.model(request, "programs", "web.program.title", p.title());
        model.put("code", p.code());
        model.put("description", p.description());
        model.put("jp", p.jp());
        model.put("objectives", p.objectives());
        model.put("installed", p.installed());
        model.put("module", p.moduleId() + " " + p.moduleVersion());
        List<Map<String, Object>> versions = new ArrayList<>();
        found.get().instrumentVersions().forEach(v -> versions.add(Map.of("kind", "web.instrument." + v.kind().name(),
                "version", v.version(), "module", v.moduleVersion())));
        model.put("versions", versions);
        pages.render(response, "program", model);
    }
}
