package id.pembina.catalog.internal;

import static org.junit.Assert.assertEquals;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.catalog.testkit.CatalogTestKit;
import id.pembina.participant.api.Nip;
import id.pembina.participant.internal.RegistryService;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;

/** SPI 1.2: what modules declare their programmes develop, as the catalog hands it on (API 2.4). */
public class CompetenciesTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    /** Declares two codes (one twice) and a malformed one for A; nothing for others. */
    record Declaring(String id, String name, String version, List<ProgramDefinition> programs)
            implements TrainingModule {

        @Override
        public List<String> competencies(String programCode) {
            return programCode.equals("A") ? java.util.Arrays.asList("PELAYANAN-PUBLIK", "KOMUNIKASI",
                    "PELAYANAN-PUBLIK", "bukan kode", null) : List.of();
        }
    }

    private TestDatabase db;
    private CatalogTestKit kit;
    private CatalogService catalog;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        Clock clock = Clock.fixed(Instant.parse("2026-03-01T01:00:00Z"), Nip.WIB);
        LiquibaseSchemaMigrator migrator = new LiquibaseSchemaMigrator();
        kit = new CatalogTestKit(db.dataSource(), migrator, new RegistryService(db.dataSource(), migrator, clock), clock);
        catalog = kit.service();
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void declaredCompetenciesAreHandedOnCleaned() {
        kit.add(new Declaring("declaring", "Modul", "1.0.0", List.of(Fixtures.program("A", 8, "1.0"))), 1);
        kit.add(Fixtures.module("silent", "1.0.0", Fixtures.program("B", 8, "1.0")), 2);
        assertEquals(List.of("PELAYANAN-PUBLIK", "KOMUNIKASI"), catalog.competencies("A"));
        // A module written before SPI 1.2 declares nothing and stays valid.
        assertEquals(List.of(), catalog.competencies("B"));
        assertEquals(List.of(), catalog.competencies("UNKNOWN"));
    }
}
