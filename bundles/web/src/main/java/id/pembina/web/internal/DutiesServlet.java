package id.pembina.web.internal;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.servlet.http.Part;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyRoster;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.PembinaException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Caller;

/**
 * The duty data the scheduler respects: a unit's minimum staffing per weekday and time, and its people's duty
 * blocks (piket, field work, leave) of the coming months; staff import either from CSV or an Excel workbook.
 * {@link OptionalParts} registers it while the duty roster is there.
 */
public class DutiesServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    static final String PATH = "/pembina/planning/duties";
    private static final int SHOWN = 100;
    private static final int DAYS_AHEAD = 120;

    private final transient Pages pages;
    private final transient DutyRoster roster;
    private final transient ParticipantRegistry registry;

    DutiesServlet(Pages pages, DutyRoster roster, ParticipantRegistry registry) {
        this.pages = pages;
        this.roster = roster;
        this.registry = registry;
    }

    /** Registers the page for the given duty roster; typed {@code Object} so callers never load its package. */
    static ServiceRegistration<?> register(BundleContext context, Object roster, Pages pages, ParticipantRegistry registry) {
        return context.registerService(Servlet.class, new DutiesServlet(pages, (DutyRoster) roster, registry),
                OptionalParts.servlet("pembina.web.duties", SchedulesServlet.MAX_BYTES, PATH));
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, request.getParameter("unit"), new HashMap<>(), 200);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        Map<String, Object> outcome = new HashMap<>();
        String what = "staffing".equals(request.getParameter("what")) ? "staffing" : "duties";
        Part file = request.getPart("file");
        int status = 200;
        if (file == null || file.getSize() == 0) {
            outcome.put("importError", pages.text(request, "web.import.noFile"));
            status = 422;
        } else {
            try (Reader in = XlsxToCsv.csv(file.getInputStream())) {
                ImportResult result = "staffing".equals(what) ? roster.importStaffing(in) : roster.importDuties(in);
                outcome.put("imported", pages.text(request, "web.duties.imported", String.valueOf(result.imported()),
                        String.valueOf(result.rows())));
            } catch (ImportRefusedException e) {
                outcome.put("importError", pages.text(request, "web.import.nothingStored"));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (ImportResult.RowError error : e.result().errors()) {
                    rows.add(Map.of("line", error.line(), "field", error.error().field() == null ? "" : error.error().field(),
                            "message", pages.errors(request, List.of(error.error())).values().stream().findFirst().orElse("")));
                }
                outcome.put("lineErrors", rows);
                outcome.put("hasLineErrors", !rows.isEmpty());
                status = 422;
            } catch (AccessDeniedException e) {
                response.sendError(403);
                return;
            } catch (PembinaException e) {
                throw e;
            } catch (IOException | RuntimeException e) {
                // a damaged workbook: said to the user, never a stack trace
                outcome.put("importError", pages.text(request, "web.import.unreadable"));
                status = 422;
            }
        }
        render(request, response, request.getParameter("unit"), outcome, status);
    }

    private void render(HttpServletRequest request, HttpServletResponse response, String asked,
            Map<String, Object> outcome, int status) throws IOException {
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "planning", "web.duties.title");
        model.putAll(outcome);
        List<OrganizationUnit> units = registry.units();
        String unit = Options.unitOrDefault(asked, units);
        model.put("unit", unit);
        model.put("units", Options.of(units, OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")", unit));
        model.put("canImport", CallerContext.current().map(Caller::isStaff).orElse(false));
        if (unit != null) {
            try {
                List<Map<String, Object>> rules = new ArrayList<>();
                for (StaffingRule r : roster.staffing(unit)) {
                    rules.add(Map.of("weekday", r.weekday().getDisplayName(java.time.format.TextStyle.FULL, locale),
                            "from", r.from().toString(), "to", r.to().toString(), "minimum", r.minimum()));
                }
                model.put("rules", rules);
                model.put("noRules", rules.isEmpty());
                LocalDate today = Wib.today();
                List<DutyBlock> blocks = roster.duties(unit, today, today.plusDays(DAYS_AHEAD));
                List<Map<String, Object>> rows = new ArrayList<>();
                for (DutyBlock b : blocks.subList(0, Math.min(SHOWN, blocks.size()))) {
                    rows.add(Map.of("nip", b.nip(), "from", Wib.date(b.from(), locale), "to", Wib.date(b.to(), locale),
                            "kind", pages.text(request, "web.duties.kind." + b.kind().name())));
                }
                model.put("blocks", rows);
                model.put("blockCount", blocks.size());
                model.put("noBlocks", blocks.isEmpty());
                model.put("shown", Math.min(SHOWN, blocks.size()));
            } catch (AccessDeniedException e) {
                model.put("readError", pages.text(request, "web.duties.refused"));
            }
        }
        response.setStatus(status);
        pages.render(response, "duties", model);
    }
}
