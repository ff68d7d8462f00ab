package id.pembina.web.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletMultipart;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.PembinaException;

/**
 * Participant import from CSV or XLSX: a spreadsheet's first sheet is turned into the same CSV and handed
 * to the registry's import (all rows or none); the row errors come back as a table.
 */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.import")
@HttpWhiteboardServletPattern("/pembina/participants/import")
@HttpWhiteboardServletMultipart(enabled = true, maxFileSize = ImportServlet.MAX_BYTES, maxRequestSize = ImportServlet.MAX_BYTES + 65536)
public class ImportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final long MAX_BYTES = 20L * 1024 * 1024;

    @Reference
    private transient Pages pages;
    @Reference
    private transient ParticipantRegistry registry;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        pages.render(response, "import", pages.model(request, "participants", "web.import.title"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Map<String, Object> model = pages.model(request, "participants", "web.import.title");
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            response.setStatus(422);
            model.put("fileError", pages.text(request, "web.import.noFile"));
            pages.render(response, "import", model);
            return;
        }
        ImportResult result;
        try (java.io.Reader in = XlsxToCsv.csv(file.getInputStream())) {
            result = registry.importCsv(in);
        } catch (ImportRefusedException e) {
            result = e.result();
        } catch (PembinaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged workbook: said to the user, never a stack trace
            response.setStatus(422);
            model.put("fileError", pages.text(request, "web.import.unreadable"));
            pages.render(response, "import", model);
            return;
        }
        Locale locale = Pages.locale(request);
        model.put("rows", result.rows());
        model.put("imported", result.imported());
        model.put("succeeded", result.succeeded());
        List<Map<String, Object>> errors = new ArrayList<>();
        for (ImportResult.RowError e : result.errors()) {
            errors.add(Map.of("line", e.line(), "field", e.error().field() == null ? "" : e.error().field(),
                    "text", pages.messages().text(locale, e.error())));
        }
        model.put("errors", errors);
        model.put("hasErrors", !errors.isEmpty());
        if (!result.succeeded()) {
            response.setStatus(422);
        }
        pages.render(response, "import", model);
    }
}
