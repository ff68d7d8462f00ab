package id.pembina.web.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.ServletException;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.Part;

import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.PembinaException;

/**
 * One uploaded file (the multipart field {@code file}, CSV or an Excel workbook's first sheet) handed to an
 * all-or-nothing import, and what the page then shows: the count imported, or "nothing stored" with every refused
 * line in the caller's language. An {@code AccessDeniedException} passes through to the servlet.
 *
 * @param model  {@code imported}, or {@code importError} with {@code lineErrors} / {@code hasLineErrors}
 * @param status 200, or 422 when nothing was stored
 */
record UploadOutcome(Map<String, Object> model, int status) {

    /**
     * @param importer the import, all rows or none
     * @param okCode   the text when stored, with {0} imported of {1} rows
     */
    static UploadOutcome of(HttpServletRequest request, Pages pages, Function<Reader, ImportResult> importer,
            String okCode) throws IOException, ServletException {
        Map<String, Object> model = new HashMap<>();
        Part file = request.getPart("file");
        if (file == null || file.getSize() == 0) {
            model.put("importError", pages.text(request, "web.import.noFile"));
            return new UploadOutcome(model, 422);
        }
        try (Reader in = XlsxToCsv.csv(file.getInputStream())) {
            ImportResult result = importer.apply(in);
            model.put("imported", pages.text(request, okCode, String.valueOf(result.imported()),
                    String.valueOf(result.rows())));
            return new UploadOutcome(model, 200);
        } catch (ImportRefusedException e) {
            model.put("importError", pages.text(request, "web.import.nothingStored"));
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ImportResult.RowError error : e.result().errors()) {
                rows.add(Map.of("line", error.line(), "field", error.error().field() == null ? "" : error.error().field(),
                        "message", pages.errors(request, List.of(error.error())).values().stream().findFirst().orElse("")));
            }
            model.put("lineErrors", rows);
            model.put("hasLineErrors", !rows.isEmpty());
            return new UploadOutcome(model, 422);
        } catch (PembinaException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            // a damaged workbook: said to the user, never a stack trace
            model.put("importError", pages.text(request, "web.import.unreadable"));
            return new UploadOutcome(model, 422);
        }
    }
}
