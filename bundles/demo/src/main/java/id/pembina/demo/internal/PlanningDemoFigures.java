package id.pembina.demo.internal;

import java.io.StringReader;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.catalog.api.CatalogService;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.api.Budgets;
import id.pembina.planning.api.Competencies;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.Plans;
import id.pembina.platform.api.PembinaException;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Stores {@link PlanningDemoData} (levels, the year's budget, a plan draft in two versions) once the demo's Marelan
 * staff are in the registry and the seed programmes in the catalog, in the background so that start-up does not
 * wait. Each part only when the database has none of it yet: a restart changes nothing.
 */
@Component(immediate = true, configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class PlanningDemoFigures {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningDemoFigures.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final ExecutorService executor;

    @Activate
    public PlanningDemoFigures(@Reference ParticipantRegistry registry, @Reference CatalogService catalog,
            @Reference Competencies competencies, @Reference Budgets budgets, @Reference Plans plans,
            DemoDataLoader.Config config) {
        if (!config.enabled()) {
            executor = null;
            return;
        }
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pembina-demo-planning");
            t.setDaemon(true);
            return t;
        });
        executor.submit(() -> CallerContext.runAs(Caller.system("demo"), () -> {
            try {
                List<Participant> staff = awaitStaff(registry, EvaluationDemoApplier.DEFAULT_WAIT);
                if (staff.isEmpty() || EvaluationDemoApplier.awaitPrograms(catalog, EvaluationDemoApplier.DEFAULT_WAIT,
                        POLL) == null) {
                    return;
                }
                store(staff, LocalDate.now(Nip.WIB).getYear(), competencies, budgets, plans);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (PembinaException e) {
                LOG.warn("Demo planning figures refused: {}", e.getMessage());
            }
        }));
    }

    @Deactivate
    void deactivate() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    /** Stores each part the database does not hold yet; returns what it stored, for the log and tests. */
    static String store(List<Participant> members, int year, Competencies competencies, Budgets budgets, Plans plans) {
        List<Participant> staff = PlanningDemoData.staff(members);
        StringBuilder done = new StringBuilder();
        if (!staff.isEmpty() && competencies.levels(staff.get(0).nip()).isEmpty()) {
            done.append("levels=").append(competencies.importLevels(
                    new StringReader(PlanningDemoData.levels(staff))).imported()).append(' ');
        }
        if (budgets.budget(year, null).isEmpty()) {
            done.append("budget=").append(budgets.set(PlanningDemoData.budget(year)).total().toPlainString()).append(' ');
        }
        if (plans.plans(year).isEmpty()) {
            for (PlanDraft d : PlanningDemoData.drafts(staff, year, MarelanDemoData.ROOT)) {
                done.append("plan=v").append(plans.saveDraft(d).version()).append(' ');
            }
        }
        LOG.info("Demo planning figures stored: {}", done.length() == 0 ? "none (already there)" : done.toString().strip());
        return done.toString().strip();
    }

    /** Polls the registry until the demo's root unit has members (the demo loads them in one transaction). */
    private static List<Participant> awaitStaff(ParticipantRegistry registry, Duration wait) throws InterruptedException {
        List<Participant> members = Await.until(wait, POLL, () -> {
            if (registry.findUnit(MarelanDemoData.ROOT).isEmpty()) {
                return null;
            }
            List<Participant> found = registry.members(MarelanDemoData.ROOT, false);
            return found.isEmpty() ? null : found;
        });
        if (members != null) {
            return members;
        }
        LOG.info("Demo planning figures not stored: no {} staff in the registry", MarelanDemoData.ROOT);
        return List.of();
    }
}
