package id.pembina.demo.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.demo.internal.DemoDataLoader.Outcome;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/** The generated Marelan data passes the real registry's validation and is stored whole, on H2. */
public class MarelanDemoDataRegistryTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    /** Held so that the level stays set: Liquibase logs every migration at INFO. */
    private static final Logger LIQUIBASE_LOG = Logger.getLogger("liquibase");

    static {
        LIQUIBASE_LOG.setLevel(Level.WARNING);
    }

    private static final LocalDate TODAY = MarelanDemoData.REFERENCE_DATE;
    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(TODAY.atTime(9, 0), Nip.WIB).toInstant(), Nip.WIB);

    private JdbcDataSource dataSource;
    private RegistryService registry;

    @Before
    public void setUp() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        registry = new RegistryService(dataSource, new LiquibaseSchemaMigrator(), CLOCK);
    }

    @After
    public void tearDown() throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
        }
    }

    @Test
    public void theDemoDataPassesTheRealRegistry() {
        MarelanDemoData data = MarelanDemoData.generate(TODAY);
        assertEquals(new ImportResult(313, 313, List.of()), registry.loadIntoEmpty(data.units(), data.participants()));
        assertEquals(13, registry.units().size());
        assertEquals(300, registry.count());
        assertEquals(new HashSet<>(data.units()), new HashSet<>(registry.units()));
        assertEquals(300, registry.search(new ParticipantQuery(MarelanDemoData.ROOT, null, null, true, 0, 1)).total());
        // Stored as generated: the registry's normalised form is the generator's.
        for (int i = 0; i < data.participants().size(); i += 37) {
            assertEquals(data.participants().get(i), registry.find(data.participants().get(i).nip()).orElseThrow());
        }
    }

    @Test
    public void theLoaderLoadsOnceAndThenSkips() {
        assertEquals(Outcome.LOADED, DemoDataLoader.load(registry, TODAY));
        assertEquals(300, registry.count());
        assertEquals(Outcome.SKIPPED, DemoDataLoader.load(registry, TODAY));
        assertEquals(300, registry.count());
        assertEquals(13, registry.units().size());

        MarelanDemoData data = MarelanDemoData.generate(TODAY);
        assertEquals(new ImportResult(313, 0, List.of(new RowError(0, FieldError.of("", "registry.notEmpty", 300, 13)))),
                registry.loadIntoEmpty(data.units(), data.participants()));
    }
}
