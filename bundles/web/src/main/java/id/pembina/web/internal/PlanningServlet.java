package id.pembina.web.internal;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import javax.servlet.Servlet;
import javax.servlet.ServletException;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.Competencies;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.PlanProgress;
import id.pembina.planning.api.PlanSummary;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.Plans;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * The planning page: the needs of a unit (gaps by size and by people, the programmes' past effectiveness, the
 * largest needs) and the year's plans with planned against realised; staff upload the needs' inputs
 * (requirements, levels, programme competencies) as CSV or Excel. {@link OptionalParts} registers it while the
 * planning services are there, so it is the only class of this bundle that touches the planning package.
 */
public class PlanningServlet extends HttpServlet implements PlanningPage {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 50;

    private final transient Pages pages;
    private final transient NeedsAnalysis needs;
    private final transient Competencies competencies;
    private final transient Plans plans;
    private final transient ParticipantRegistry registry;

    PlanningServlet(Pages pages, NeedsAnalysis needs, Competencies competencies, Plans plans,
            ParticipantRegistry registry) {
        this.pages = pages;
        this.needs = needs;
        this.competencies = competencies;
        this.plans = plans;
        this.registry = registry;
    }

    /**
     * Registers the page as a servlet (and as the navigation's {@link PlanningPage}) for the given planning
     * service. Typed {@code Object} so that callers never load the planning package. The planning bundle
     * provides {@code Plans}, {@code NeedsAnalysis} and {@code Competencies} from one component; any other
     * provider of {@code Plans} alone is a ClassCastException here, and {@link OptionalParts} then leaves the page
     * out.
     */
    static ServiceRegistration<?> register(BundleContext context, Object plans, Pages pages,
            ParticipantRegistry registry) {
        NeedsAnalysis needs = (NeedsAnalysis) plans;
        return context.registerService(new String[] { Servlet.class.getName(), PlanningPage.class.getName() },
                new PlanningServlet(pages, needs, (Competencies) plans, (Plans) plans, registry),
                OptionalParts.servlet("pembina.web.planning", MAX_BYTES, "/pembina/planning"));
    }

    /** The largest upload: tens of thousands of levels. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        render(request, response, new UploadOutcome(new HashMap<>(), 200));
    }

    /** An upload of {@code what} = requirements, levels or programs; the page then shows the outcome. */
    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException,
            ServletException {
        String what = request.getParameter("what");
        Function<Reader, ImportResult> importer = switch (what == null ? "" : what) {
            case "requirements" -> competencies::importRequirements;
            case "levels" -> competencies::importLevels;
            case "programs" -> competencies::importProgramCompetencies;
            default -> null;
        };
        if (importer == null) {
            response.sendError(400);
            return;
        }
        try {
            render(request, response, UploadOutcome.of(request, pages, importer, "web.planning.imported"));
        } catch (AccessDeniedException e) {
            response.sendError(403);
        }
    }

    private void render(HttpServletRequest request, HttpServletResponse response, UploadOutcome outcome)
            throws IOException {
        Locale locale = Pages.locale(request);
        Map<String, Object> model = pages.model(request, "planning", "web.planning.title");
        model.putAll(outcome.model());
        model.put("canImport", CallerContext.current().map(Caller::isStaff).orElse(false));
        int year = Wib.year(request.getParameter("year"));
        List<OrganizationUnit> units = registry.units();
        String unit = Options.unitOrDefault(request.getParameter("unit"), units);
        model.put("year", String.valueOf(year));
        model.put("units", Options.of(units, OrganizationUnit::code, u -> u.name() + " (" + u.code() + ")", unit));
        if (unit != null) {
            try {
                model.put("needs", needs(needs.unit(year, unit)));
            } catch (AccessDeniedException | NotFoundException | ValidationException e) {
                model.put("needsError", pages.text(request, "web.planning.needsRefused"));
            }
        }
        try {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (PlanSummary p : plans.plans(year)) {
                rows.add(plan(p, plans.progress(p.planId(), p.versions()), locale));
            }
            model.put("plans", rows);
            model.put("noPlans", rows.isEmpty());
        } catch (AccessDeniedException e) {
            model.put("plansError", pages.text(request, "web.planning.plansRefused"));
        }
        model.put("unit", unit);
        response.setStatus(outcome.status());
        pages.render(response, "planning", model);
    }

    private static Map<String, Object> needs(UnitNeeds u) {
        Map<String, Object> m = new HashMap<>();
        m.put("people", u.people());
        m.put("withGaps", u.withGaps());
        m.put("belowJp", u.belowMinimumJp());
        m.put("shortfall", u.jpShortfall());
        m.put("bySize", gaps(u.gapsBySize()));
        m.put("byPeople", gaps(u.gapsByPeople()));
        List<Map<String, Object>> asn = new ArrayList<>();
        for (AsnNeeds a : u.participants().subList(0, Math.min(SHOWN, u.participants().size()))) {
            // A gap trained for without mastering it is marked * (the legend is under the table).
            asn.add(Map.of("nip", a.needs().nip(), "name", a.name() == null ? "" : a.name(),
                    "jp", a.needs().jpThisYear(), "shortfall", a.needs().jpShortfall(), "gapTotal", a.needs().gapTotal(),
                    "gaps", String.join(", ", a.needs().gaps().stream().map(g -> g.competency() + " " + g.reached()
                            + "/" + g.required() + (g.trainedNotMastered() == null ? "" : "*")).toList()),
                    "covered", String.join(", ", a.needs().covered().stream().map(c -> c.competency() + " ("
                            + c.training().programCode() + " " + c.training().year() + ")").toList())));
        }
        m.put("asn", asn);
        m.put("hasGaps", !u.gapsBySize().isEmpty());
        List<Map<String, Object>> programs = new ArrayList<>();
        for (ProgramEffect p : u.programs()) {
            programs.add(Map.of("code", p.programCode(), "completions", p.completions(), "withResult", p.withResult(),
                    "reached", p.reachedGoal(), "share", p.share() == null ? "–" : Math.round(p.share() * 100) + " %"));
        }
        m.put("programs", programs);
        m.put("hasPrograms", !programs.isEmpty());
        return m;
    }

    private static List<Map<String, Object>> gaps(List<SharedGap> gaps) {
        return gaps.stream().map(g -> Map.<String, Object>of("competency", g.competency(), "name", g.name(),
                "people", g.people(), "size", g.totalSize(), "largest", g.largest(), "trained", g.trainedNotMastered(),
                "programs", String.join(", ", g.programCodes()))).toList();
    }

    private static Map<String, Object> plan(PlanSummary p, PlanProgress g, Locale locale) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", p.planId());
        m.put("name", p.name());
        m.put("unit", p.unitCode() == null ? "–" : p.unitCode());
        m.put("version", p.versions());
        m.put("plannedCost", Wib.rupiah(g.plannedCost(), locale));
        m.put("realisedCost", Wib.rupiah(g.realisedCost(), locale));
        m.put("plannedPeople", g.plannedParticipants());
        m.put("realisedPeople", g.realisedParticipants());
        m.put("plannedJp", g.plannedJp());
        m.put("realisedJp", g.realisedJp());
        m.put("perJp", Wib.rupiah(g.plannedCostPerJp(), locale) + " / " + Wib.rupiah(g.realisedCostPerJp(), locale));
        return m;
    }
}
