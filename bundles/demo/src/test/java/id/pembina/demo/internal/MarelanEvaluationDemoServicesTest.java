package id.pembina.demo.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.demo.internal.DemoDataLoader.Outcome;
import id.pembina.demo.internal.EvaluationDemoApplier.Result;
import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.evaluation.data.internal.EvaluationDataServiceImpl;
import id.pembina.module.etika.internal.EtikaIntegritasModule;
import id.pembina.module.komunikasi.internal.KomunikasiEfektifModule;
import id.pembina.module.manajemenwaktu.internal.ManajemenWaktuModule;
import id.pembina.module.teknologi.internal.TeknologiInformasiModule;
import id.pembina.participant.api.Nip;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/**
 * The whole demo through the real registry, catalog (with the four real seed modules) and evaluation service on
 * H2: every submission is accepted, and the evaluations show all five levels, the index and JP compliance.
 */
public class MarelanEvaluationDemoServicesTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    /** Held so that the level stays set: Liquibase logs every migration at INFO. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(10, 0), Nip.WIB).toInstant(), Nip.WIB);

    private JdbcDataSource dataSource;
    private RegistryService registry;
    private CatalogTestKit catalogAccess;
    private CatalogService catalog;
    private EvaluationDataServiceImpl evaluation;

    @Before
    public void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        registry = new RegistryService(dataSource, migrator, CLOCK);
        catalogAccess = new CatalogTestKit(dataSource, migrator, registry, CLOCK);
        catalog = catalogAccess.service();
        evaluation = new EvaluationDataServiceImpl(dataSource, migrator, registry, catalog, Evaluations.engine(), CLOCK);
    }

    @After
    public void tearDown() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    private void installSeedModules() {
        catalogAccess.add(new KomunikasiEfektifModule(), 101);
        catalogAccess.add(new TeknologiInformasiModule(), 102);
        catalogAccess.add(new ManajemenWaktuModule(), 103);
        catalogAccess.add(new EtikaIntegritasModule(), 104);
    }

    @Test
    public void theWholeDemoIsAcceptedAndShowsEveryLevel() {
        installSeedModules();
        assertEquals(Outcome.LOADED, DemoDataLoader.load(registry, TODAY));
        Result result = EvaluationDemoApplier.load(MarelanDemoData.generate(TODAY), catalog, evaluation,
                Duration.ofSeconds(5));
        assertTrue(result.programsFound());
        assertEquals(8, result.sessions());
        assertEquals("no submission was refused", 0, result.refused());
        assertTrue(result.accepted() > 1500);

        List<TrainingSession> sessions = catalog.sessions(new SessionQuery(null, null, null, 0, 100)).items();
        assertEquals(8, sessions.size());
        for (TrainingSession s : sessions) {
            SessionEvaluation e = evaluation.evaluateSession(s.id());
            LevelResults l = e.levels();
            assertTrue(s.programCode(), e.seats() >= 18);
            assertTrue(l.reaction().overall().n() > 0);
            assertTrue(l.learning().n() > 0);
            assertTrue(l.behaviour().afterRatings() > 0);
            assertNotNull(l.roi().roiPercent());
            double gain = l.learning().classGain().value();
            assertTrue(s.programCode() + " gain " + gain, gain > 0.25 && gain < 0.75);
            assertTrue(l.reaction().overall().mean() > 3.7);
            assertFalse(s.programCode(), l.reaction().improvementPoints().isEmpty());
            assertTrue(l.behaviour().responseRate() > 0.6);
            System.out.println(describe(s, e));
        }

        // Level 4 with difference-in-differences, over a programme's sessions.
        for (String code : MarelanEvaluationDemo.PROGRAMS) {
            ProgramEvaluation p = evaluation.evaluateProgram(code, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
            assertEquals(2, p.sessionIds().size());
            List<DifferenceInDifferences> did = p.levels().results().estimates();
            assertTrue(code, did.stream().anyMatch(d -> d.estimate() != null && d.improvement() > 0));
            for (DifferenceInDifferences d : did) {
                if (d.estimate() != null) {
                    System.out.printf(Locale.ROOT, "%s L4 %s: treated %.2f -> %.2f (%d units), comparison %.2f -> %.2f,"
                            + " DiD %.2f (improvement %.2f)%n", code, d.indicatorCode(), d.treatedBefore(),
                            d.treatedAfter(), d.treatedUnits(), d.comparisonBefore(), d.comparisonAfter(), d.estimate(),
                            d.improvement());
                }
            }
        }

        // The index and 20 JP compliance of the whole kecamatan.
        UnitEvaluation unit = evaluation.evaluateUnit(MarelanDemoData.ROOT, MarelanEvaluationDemo.YEAR);
        assertEquals(300, unit.index().n());
        assertTrue(unit.notIndexed().isEmpty());
        assertEquals(300, unit.jp().n());
        assertTrue(unit.jp().compliant() > 30);
        assertTrue(unit.jp().belowMinimum().size() > 30);
        System.out.printf(Locale.ROOT, "IP ASN %d (%s): %s; 20 JP: %d of %d compliant (%.1f%%)%n", unit.year(),
                unit.ruleSet(), java.util.Arrays.stream(Category.values()).map(c -> c + "=" + unit.index().count(c))
                        .toList(), unit.jp().compliant(), unit.jp().n(), 100 * unit.jp().rate());
        assertTrue(java.util.Arrays.stream(Category.values()).filter(c -> unit.index().count(c) > 0).count() >= 4);
        UnitEvaluation before = evaluation.evaluateUnit(MarelanDemoData.ROOT, MarelanEvaluationDemo.YEAR - 1);
        assertEquals(300, before.index().n());
        System.out.printf(Locale.ROOT, "IP ASN %d: %s; 20 JP: %d of %d compliant%n", before.year(),
                java.util.Arrays.stream(Category.values()).map(c -> c + "=" + before.index().count(c)).toList(),
                before.jp().compliant(), before.jp().n());
        assertTrue(unit.leadership().involved().units() >= 2);
        assertTrue(unit.leadership().others().units() >= 2);
        assertTrue(unit.leadership().difference() > 0);
        System.out.println("Leadership: involved " + unit.leadership().involved() + ", others "
                + unit.leadership().others() + ", difference " + unit.leadership().difference());

        // A registry that holds data is left alone, and so are the catalog and the evaluation data.
        assertEquals(Outcome.SKIPPED, DemoDataLoader.run(registry, catalog, evaluation, TODAY, Duration.ofSeconds(5)));
        assertEquals(8, catalog.sessions(new SessionQuery(null, null, null, 0, 100)).total());
    }

    private static String describe(TrainingSession s, SessionEvaluation e) {
        LevelResults l = e.levels();
        ReactionResult r = l.reaction();
        LearningResult learning = l.learning();
        return String.format(Locale.ROOT,
                "%s %s (%d seats): L1 mean %.2f (n=%d answers of %d responses, %.0f%% favourable, improvement points %s);"
                        + " L2 pre %.1f%% post %.1f%% <g>=%.2f %s (n=%d, p=%s); L3 applying %.0f%% response %.0f%% (%d/%d);"
                        + " L5 costs %s benefits %s ROI %s%% BCR %s",
                s.programCode(), s.start().toLocalDate(), e.seats(), r.overall().mean(), r.overall().n(),
                l.reactionResponses(), 100 * r.overall().favourableShare(),
                r.improvementPoints().stream().map(i -> String.format(Locale.ROOT, "%s %.2f", i.itemCode(), i.mean())).toList(), learning.meanPrePercent(),
                learning.meanPostPercent(), learning.classGain().value(), learning.classGain().band(), learning.n(),
                learning.tTest().pValue(), 100 * l.behaviour().shareApplying(), 100 * l.behaviour().responseRate(),
                l.behaviour().responsesReceived(), l.behaviour().responsesExpected(), l.roi().totalCosts(),
                l.roi().benefits(), l.roi().roiPercent(), l.roi().benefitCostRatio());
    }
}
