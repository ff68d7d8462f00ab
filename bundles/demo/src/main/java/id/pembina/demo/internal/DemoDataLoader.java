package id.pembina.demo.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

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

import id.pembina.platform.api.LogMask;
import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Loads the {@link MarelanDemoData Kecamatan Medan Marelan demo data} into the participant
 * registry when the configuration {@code id.pembina.demo} says {@code enabled=true} and the
 * registry is still empty (no participant and no unit). A registry that already holds data is
 * never touched. The data goes in with one {@link ParticipantRegistry#loadIntoEmpty} call, i.e. in
 * one transaction: a failure or an interruption leaves the registry as it was, and a later
 * activation can load it again. Loading runs in a background thread so activation does not block;
 * the outcome is logged.
 * <p>
 * Only when this run loaded the registry does it go on with a year of training and evaluation
 * ({@link MarelanEvaluationDemo}): it waits (up to 120 s) for the four seed programmes, whose module
 * bundles start asynchronously, and stores the sessions and their evaluation data through the
 * catalog and the evaluation service. A database that already held data is never touched.
 */
@Component(immediate = true, configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = DemoDataLoader.Config.class)
public class DemoDataLoader {

    static final String PID = "id.pembina.demo";

    /** The registry's answer when it already holds data. */
    static final String NOT_EMPTY = "registry.notEmpty";

    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);
    private static final int MAX_LOGGED_ERRORS = 10;

    @ObjectClassDefinition(name = "Pembina demo data",
            description = "Loads the Kecamatan Medan Marelan demo data (units and about 300 ASN) into an empty"
                    + " participant registry, then a year of training sessions and their evaluation data. A"
                    + " registry that already holds data is left alone.")
    public @interface Config {

        @AttributeDefinition(name = "Enabled",
                description = "Load the demo data when the registry holds no participants and no units.")
        boolean enabled() default false;
    }

    /** What a load did: all stored, or (any other) nothing stored. */
    enum Outcome {
        LOADED,
        /** The registry already held data. */
        SKIPPED,
        /** Refused or failed. */
        FAILED,
        /** Deactivated before the load began. */
        INTERRUPTED
    }

    @Reference
    private ParticipantRegistry registry;

    @Reference
    private CatalogService catalog;

    @Reference
    private EvaluationDataService evaluation;

    /** How long to wait for the seed programmes. */
    private Duration programWait = EvaluationDemoApplier.DEFAULT_WAIT;

    private ExecutorService executor;
    /** The pending load, for tests; null when disabled. */
    volatile Future<Outcome> task;

    /** For Declarative Services. */
    public DemoDataLoader() {
    }

    /** For tests. */
    DemoDataLoader(ParticipantRegistry registry, CatalogService catalog, EvaluationDataService evaluation,
            Duration programWait) {
        this.registry = registry;
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.programWait = programWait;
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
        CatalogService c = catalog;
        EvaluationDataService e = evaluation;
        Duration wait = programWait;
        task = executor.submit(() -> CallerContext.callAs(Caller.system("demo"),
                () -> run(target, c, e, LocalDate.now(Nip.WIB), wait)));
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
     * Loads the registry ({@link #load}) and, only when that stored the demo participants, the year
     * of training and evaluation. Never throws: failures are logged.
     *
     * @return the outcome of the registry load
     */
    static Outcome run(ParticipantRegistry registry, CatalogService catalog, EvaluationDataService evaluation,
            LocalDate today, Duration programWait) {
        Outcome outcome = load(registry, today);
        if (outcome == Outcome.LOADED) {
            EvaluationDemoApplier.load(MarelanDemoData.generate(today), catalog, evaluation, programWait);
        }
        return outcome;
    }

    /**
     * Loads the demo data into an empty registry, all or nothing; skips a registry that holds any
     * data. Never throws: failures are logged.
     */
    static Outcome load(ParticipantRegistry registry, LocalDate today) {
        try {
            if (Thread.currentThread().isInterrupted()) {
                LOG.warn("Loading demo data stopped before it began (component deactivated); nothing was stored");
                return Outcome.INTERRUPTED;
            }
            long start = System.nanoTime();
            MarelanDemoData data = MarelanDemoData.generate(today);
            List<OrganizationUnit> units = data.units();
            List<Participant> participants = data.participants();
            LOG.info("Loading demo data for Kecamatan Medan Marelan: {} units, {} participants",
                    units.size(), participants.size());
            ImportResult result = registry.loadIntoEmpty(units, participants);
            if (result.succeeded()) {
                LOG.info("Demo data loaded: {} units and {} participants in {} ms", units.size(), participants.size(),
                        (System.nanoTime() - start) / 1_000_000);
                return Outcome.LOADED;
            }
            List<RowError> errors = result.errors();
            if (errors.stream().anyMatch(e -> NOT_EMPTY.equals(e.error().code()))) {
                LOG.info("Demo data skipped: {}", LogMask.nips(errors.get(0).error().code() + " " + errors.get(0).error().args()));
                return Outcome.SKIPPED;
            }
            LOG.error("Demo data refused by the registry, nothing was stored; {} errors, the first: {}",
                    errors.size(), LogMask.nips(errors.stream().limit(MAX_LOGGED_ERRORS)
                            .map(e -> "#" + e.line() + " " + e.error().field() + ": " + e.error().code() + " " + e.error().args())
                            .collect(Collectors.joining("; "))));
            return Outcome.FAILED;
        } catch (RuntimeException e) {
            LOG.error("Loading demo data failed; the registry was left as it was", e);
            return Outcome.FAILED;
        }
    }
}
