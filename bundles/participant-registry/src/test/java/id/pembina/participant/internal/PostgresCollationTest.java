package id.pembina.participant.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import static org.junit.Assert.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/**
 * PostgreSQL only: names sort by code point whatever the server's default collation, also in a
 * database created before the collation change set (H2 always sorts by code point).
 */
public class PostgresCollationTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    private static final Clock CLOCK = Clock.fixed(ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant(), Nip.WIB);
    private static final List<String> CODE_POINT_ORDER = List.of("Ab Karim", "Abdul Karim", "Eko Prasetyo",
            "Fajar Nugroho", "\u00c9mile Sitorus");

    private TestDatabase db;
    private RegistryService registry;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("PostgreSQL");
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        registry.createUnit(new OrganizationUnit("KEC", "Kecamatan", null));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void nameLowerHasTheCCollation() throws Exception {
        assertEquals("C", nameLowerCollation());
    }

    @Test
    public void upgradeFromALanguageCollationSortsByCodePoint() throws Exception {
        // A database migrated before registry-2 on a server whose default collation is English (ICU, as
        // Debian's PostgreSQL ships it).
        sql("ALTER TABLE reg_participant ALTER COLUMN name_lower TYPE VARCHAR(200) COLLATE \"en-x-icu\"");
        sql("DELETE FROM databasechangelog WHERE id = 'registry-2-name-collation'");
        for (String[] p : new String[][] { { "198609262015051001", "\u00c9mile Sitorus" },
            { "199003152019032002", "Fajar Nugroho" }, { "197512012000121003", "Abdul Karim" },
            { "199507072020122001", "Ab Karim" }, { "198801012010011002", "Eko Prasetyo" } }) {
            registry.create(new Participant(p[0], p[1], null, null, "KEC", "Staf", PositionType.PELAKSANA, Rank.III_A,
                    Education.SMA, null, null));
        }
        assertEquals(List.of("Ab Karim", "Abdul Karim", "Eko Prasetyo", "\u00c9mile Sitorus", "Fajar Nugroho"), names(registry));

        RegistryService upgraded = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        assertEquals("C", nameLowerCollation());
        assertEquals(CODE_POINT_ORDER, names(upgraded));
    }

    private static List<String> names(RegistryService r) {
        return r.search(new ParticipantQuery(null, null, null, false, 0, 50)).items().stream().map(Participant::name).toList();
    }

    private String nameLowerCollation() throws Exception {
        return sql("SELECT collation_name FROM information_schema.columns WHERE table_schema = current_schema()"
                + " AND table_name = 'reg_participant' AND column_name = 'name_lower'");
    }

    private String sql(String statement) throws Exception {
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            if (!s.execute(statement)) {
                return null;
            }
            try (ResultSet rs = s.getResultSet()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
