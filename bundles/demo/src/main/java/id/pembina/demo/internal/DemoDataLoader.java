package id.pembina.demo.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * Loads the {@link MarelanDemoData Kecamatan Medan Marelan demo data} into the participant
 * registry when the configuration {@code id.pembina.demo} says {@code enabled=true} and the
 * registry is still empty (no participant and no unit). A registry that already holds data is
 * never touched. Loading runs in a background thread so activation does not block; a failure is
 * logged and leaves what was stored so far.
 */
@Component(immediate = true, configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {

    static final String PID = "id.pembina.demo";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int PROGRESS_EVERY = 50;

    @ObjectClassDefinition(name = "Pembina demo data",
            description = "Loads the Kecamatan Medan Marelan demo data (units and about 300 ASN) into an empty"
                    + " participant registry. A registry that already holds data is left alone.")
    public @interface Config {

        @AttributeDefinition(name = "Enabled",
                description = "Load the demo data when the registry holds no participants and no units.")
        boolean enabled() default false;
    }

    /** What a load did. */
    enum Outcome {
        LOADED, SKIPPED, FAILED, INTERRUPTED
    }

    @Reference
    private ParticipantRegistry registry;

    private ExecutorService executor;
    /** The pending load, for tests; null when disabled. */
    volatile Future<Outcome> task;

    /** For Declarative Services. */
    public DemoDataLoader() {
    }

    /** For tests. */
    DemoDataLoader(ParticipantRegistry registry) {
        this.registry = registry;
    }

    @Activate
    void activate(Config config) {
        if (!config.enabled()) {
            LOG.info("Demo data is disabled (set enabled=true in {} to load it)", PID);
            return;
        }
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "pembina-demo-loader");
            t.setDaemon(true);
            return t;
        });
        ParticipantRegistry target = registry;
        task = executor.submit(() -> load(target, LocalDate.now(Nip.WIB)));
    }

    @Deactivate
    void deactivate() {
        ExecutorService e = executor;
        executor = null;
        if (e != null) {
            e.shutdownNow();
        }
    }

    /**
     * Loads the demo data into an empty registry; skips a registry that holds any data. Never
     * throws: failures are logged.
     */
    static Outcome load(ParticipantRegistry registry, LocalDate today) {
        int units = 0;
        int participants = 0;
        try {
            long existing = registry.count();
            int existingUnits = registry.units().size();
            if (existing > 0 || existingUnits > 0) {
                LOG.info("Demo data skipped: the database already holds data ({} participants, {} units)",
                        existing, existingUnits);
                return Outcome.SKIPPED;
            }
            long start = System.nanoTime();
            MarelanDemoData data = MarelanDemoData.generate(today);
            List<OrganizationUnit> allUnits = data.units();
            List<Participant> allParticipants = data.participants();
            LOG.info("Loading demo data for Kecamatan Medan Marelan: {} units, {} participants",
                    allUnits.size(), allParticipants.size());
            for (OrganizationUnit unit : allUnits) {
                if (Thread.currentThread().isInterrupted()) {
                    return interrupted(units, allUnits.size(), participants, allParticipants.size());
                }
                registry.createUnit(unit);
                units++;
            }
            LOG.info("Demo data: {} units created", units);
            for (Participant participant : allParticipants) {
                if (Thread.currentThread().isInterrupted()) {
                    return interrupted(units, allUnits.size(), participants, allParticipants.size());
                }
                registry.create(participant);
                participants++;
                if (participants % PROGRESS_EVERY == 0) {
                    LOG.info("Demo data: {} of {} participants created", participants, allParticipants.size());
                }
            }
            LOG.info("Demo data loaded: {} units and {} participants in {} ms", units, participants,
                    (System.nanoTime() - start) / 1_000_000);
            return Outcome.LOADED;
        } catch (RuntimeException e) {
            LOG.error("Loading demo data failed after {} units and {} participants", units, participants, e);
            return Outcome.FAILED;
        }
    }

    private static Outcome interrupted(int units, int totalUnits, int participants, int totalParticipants) {
        LOG.warn("Loading demo data stopped (component deactivated): {} of {} units and {} of {} participants"
                + " were stored; the demo data is incomplete", units, totalUnits, participants, totalParticipants);
        return Outcome.INTERRUPTED;
    }
}
