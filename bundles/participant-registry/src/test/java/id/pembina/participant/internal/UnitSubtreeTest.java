package id.pembina.participant.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;

/**
 * The unit subtree as a materialised path, the unit counts behind a list's total, and the set-based
 * look-ups ({@code findAll}, {@code members}), on H2 and PostgreSQL.
 */
@RunWith(Parameterized.class)
public class UnitSubtreeTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, Nip.WIB);

    private static final String NIP_BUDI = "198609262015051001";
    private static final String NIP_SITI = "199003152019032002";
    private static final String NIP_RUDI = "197512012000121003";
    private static final String NIP_DEWI = "199507072020122001";
    private static final String NIP_EKO = "198801012010011002";

    private TestDatabase db;
    private RegistryService registry;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    /**
     * KOTA > KEC > {A_B > LINGK-1, AXB}. "A_B" holds LIKE's one-character wildcard: its subtree must not
     * take in its sibling "AXB".
     */
    private void city() {
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        registry.createUnit(new OrganizationUnit("KOTA", "Kota", null));
        registry.createUnit(new OrganizationUnit("KEC", "Kecamatan", "KOTA"));
        registry.createUnit(new OrganizationUnit("A_B", "Kelurahan A", "KEC"));
        registry.createUnit(new OrganizationUnit("AXB", "Kelurahan X", "KEC"));
        registry.createUnit(new OrganizationUnit("LINGK-1", "Lingkungan 1", "A_B"));
        registry.create(person(NIP_BUDI, "Budi", "KEC"));
        registry.create(person(NIP_SITI, "siti", "A_B"));
        registry.create(person(NIP_RUDI, "Rudi", "LINGK-1"));
        registry.create(person(NIP_DEWI, "Dewi", "AXB"));
        registry.create(person(NIP_EKO, "eko", "A_B"));
    }

    private static Participant person(String nip, String name, String unit) {
        return new Participant(nip, name, null, null, unit, "Pengadministrasi Umum", PositionType.PELAKSANA,
                Rank.III_A, Education.SMA, null, null);
    }

    private Page<Participant> list(String unit, boolean inactive) {
        return registry.search(new ParticipantQuery(unit, null, null, inactive, 0, 50));
    }

    private static List<String> names(List<Participant> people) {
        List<String> out = new ArrayList<>();
        people.forEach(p -> out.add(p.name()));
        return out;
    }

    @Test
    public void unitsKeepTheirPathFromTheRoot() throws Exception {
        city();
        // By code point: 'X' (0x58) before '_' (0x5F).
        assertEquals(List.of("AXB /KOTA/KEC/AXB/", "A_B /KOTA/KEC/A_B/", "KEC /KOTA/KEC/", "KOTA /KOTA/",
                "LINGK-1 /KOTA/KEC/A_B/LINGK-1/"), rows("SELECT code || ' ' || path FROM reg_unit ORDER BY code"));
    }

    @Test
    public void aSubtreeIsTheUnitAndEverythingBelowItAndNotItsLookalikeSibling() {
        city();
        // Order: lower-case name, then NIP. budi < dewi < eko < rudi < siti.
        assertEquals(List.of("Budi", "Dewi", "eko", "Rudi", "siti"), names(list("KOTA", false).items()));
        assertEquals(5, list("KOTA", false).total());
        assertEquals(List.of("eko", "Rudi", "siti"), names(list("A_B", false).items()));
        assertEquals(3, list("A_B", false).total());
        assertEquals(List.of("Dewi"), names(list("AXB", false).items()));
        assertEquals(1, list("AXB", false).total());
        assertEquals(List.of("Rudi"), names(list("LINGK-1", false).items()));
        // A page further on: offset 3 of 5 leaves 2.
        Page<Participant> page = registry.search(new ParticipantQuery("KOTA", null, null, false, 3, 50));
        assertEquals(List.of("Rudi", "siti"), names(page.items()));
        assertEquals(5, page.total());
    }

    @Test
    public void totalsFollowMovesAndDeactivations() {
        city();
        // Rudi moves from LINGK-1 (under A_B) to AXB: A_B 3 -> 2, AXB 1 -> 2, KOTA stays 5.
        Participant rudi = registry.find(NIP_RUDI).orElseThrow();
        registry.update(NIP_RUDI, new Participant(null, rudi.name(), null, null, "AXB", rudi.positionTitle(),
                rudi.positionType(), rudi.rank(), rudi.education(), null, null));
        assertEquals(2, list("A_B", false).total());
        assertEquals(List.of("Dewi", "Rudi"), names(list("AXB", false).items()));
        assertEquals(2, list("AXB", false).total());
        assertEquals(0, list("LINGK-1", false).total());
        assertEquals(5, list("KOTA", false).total());
        // Dewi deactivated: active in AXB 2 - 1 = 1, with the inactive 1 + 1 = 2; the city 4 and 5.
        registry.deactivate(NIP_DEWI);
        assertEquals(1, list("AXB", false).total());
        assertEquals(2, list("AXB", true).total());
        assertEquals(4, list("KOTA", false).total());
        assertEquals(5, list("KOTA", true).total());
        assertEquals(4, registry.search(ParticipantQuery.all()).total());
        // Deactivating again changes nothing.
        registry.deactivate(NIP_DEWI);
        assertEquals(4, list("KOTA", false).total());
        // Filters other than the unit are counted over the rows: name "i" in budi, dewi, rudi, siti (eko not).
        assertEquals(3, registry.search(new ParticipantQuery("KOTA", "i", null, false, 0, 50)).total());
        assertEquals(4, registry.search(new ParticipantQuery("KOTA", "i", null, true, 0, 50)).total());
        assertEquals(0, registry.search(new ParticipantQuery("KOTA", null, Rank.IV_A, false, 0, 50)).total());
        assertEquals(4, registry.search(new ParticipantQuery("KOTA", null, Rank.III_A, false, 0, 50)).total());
    }

    @Test
    public void importedParticipantsAreCountedPerUnit() {
        city();
        // Two more in LINGK-1 by CSV: A_B 3 + 2 = 5, the city 5 + 2 = 7.
        var result = registry.importCsv(new java.io.StringReader(
                "nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip\n"
                        + "198001012005011001,Agus,LINGK-1,Staf,PELAKSANA,II/a,SMA,\n"
                        + "198202022006022001,Ani,LINGK-1,Staf,PELAKSANA,II/a,SMA,198001012005011001\n"));
        assertEquals(List.of(), result.errors());
        assertEquals(2, result.imported());
        assertEquals(5, list("A_B", false).total());
        assertEquals(7, list("KOTA", false).total());
        assertEquals(List.of("Agus", "Ani", "Rudi"), names(list("LINGK-1", false).items()));
    }

    @Test
    public void membersAreTheWholeSubtreeInListOrder() {
        city();
        registry.deactivate(NIP_SITI);
        assertEquals(List.of("eko", "Rudi"), names(registry.members("A_B", false)));
        assertEquals(List.of("eko", "Rudi", "siti"), names(registry.members("A_B", true)));
        assertEquals(List.of("Budi", "Dewi", "eko", "Rudi"), names(registry.members("KOTA", false)));
        assertEquals(List.of(), registry.members("LINGK-1", false).stream().filter(p -> !p.isActive()).toList());
        assertThrows(NotFoundException.class, () -> registry.members("NOWHERE", false));
        assertThrows(NotFoundException.class, () -> registry.members("KOTA\u0000", false));
    }

    @Test
    public void findAllGivesTheRegisteredAmongManyNips() {
        city();
        registry.deactivate(NIP_DEWI);
        Map<String, Participant> found = registry.findAll(Arrays.asList("19860926 201505 1 001", NIP_DEWI, NIP_DEWI,
                "199912312020121001", null, "x\u0000", ""));
        assertEquals(Set.of(NIP_BUDI, NIP_DEWI), found.keySet());
        assertEquals("Budi", found.get(NIP_BUDI).name());
        assertFalse(found.get(NIP_DEWI).isActive());
        assertEquals(Map.of(), registry.findAll(List.of()));
    }

    @Test
    public void manyNipsGoInChunks() {
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        registry.createUnit(new OrganizationUnit("KOTA", "Kota", null));
        // 1,201 people born 1980-01-01, TMT 2005-01, sequence 001..1201 wraps to 3 digits: use 2 genders x 601.
        StringBuilder csv = new StringBuilder("nip,name,unitCode,positionTitle,positionType,rank,education\n");
        List<String> nips = new ArrayList<>();
        for (int i = 1; i <= 1201; i++) {
            String nip = String.format("19800101200501%d%03d", i <= 600 ? 1 : 2, i <= 600 ? i : i - 600);
            nips.add(nip);
            csv.append(nip).append(",Orang ").append(i).append(",KOTA,Staf,PELAKSANA,II/a,SMA\n");
        }
        assertEquals(1201, registry.importCsv(new java.io.StringReader(csv.toString())).imported());
        // 1,201 asked > 2 chunks of 500; all found.
        assertEquals(1201, registry.findAll(nips).size());
        assertEquals(1201, registry.members("KOTA", false).size());
        assertEquals(1201, list("KOTA", false).total());
    }

    /**
     * A registry migrated from before the paths: units three levels deep and participants stored by the
     * earlier change sets get their paths and counts from the new change set.
     */
    @Test
    public void theMigrationBackfillsPathsAndCounts() throws Exception {
        String changeLog = read(RegistryService.CHANGE_LOG);
        Path dir = Files.createTempDirectory("registry-changelog");
        Files.createDirectories(dir.resolve("db"));
        Files.writeString(dir.resolve(RegistryService.CHANGE_LOG),
                changeLog.substring(0, changeLog.indexOf("--changeset pembina:registry-3-unit-path")));
        try (URLClassLoader before = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            new LiquibaseSchemaMigrator().migrate(db.dataSource(), RegistryService.CHANGE_LOG, before);
        }
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("INSERT INTO reg_unit (code, name, parent_code, created_at) VALUES "
                    + "('KOTA', 'Kota', NULL, TIMESTAMP '2026-01-01 00:00:00'), "
                    + "('KEC', 'Kec', 'KOTA', TIMESTAMP '2026-01-01 00:00:00'), "
                    + "('KEL', 'Kel', 'KEC', TIMESTAMP '2026-01-01 00:00:00'), "
                    + "('LAIN', 'Lain', NULL, TIMESTAMP '2026-01-01 00:00:00')");
            insertOld(c, NIP_BUDI, "Budi", "KEL", true);
            insertOld(c, NIP_SITI, "Siti", "KEL", false);
            insertOld(c, NIP_RUDI, "Rudi", "KEC", true);
            insertOld(c, NIP_DEWI, "Dewi", "LAIN", true);
        }
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        assertEquals(List.of("KEC /KOTA/KEC/ 1 0", "KEL /KOTA/KEC/KEL/ 1 1", "KOTA /KOTA/ 0 0", "LAIN /LAIN/ 1 0"),
                rows("SELECT code || ' ' || path || ' ' || active_count || ' ' || inactive_count FROM reg_unit "
                        + "ORDER BY code"));
        assertEquals(List.of("Budi /KOTA/KEC/KEL/", "Dewi /LAIN/", "Rudi /KOTA/KEC/", "Siti /KOTA/KEC/KEL/"),
                rows("SELECT name || ' ' || unit_path FROM reg_participant ORDER BY name"));
        // KOTA: Budi and Rudi active (2), Siti inactive (3 with her).
        assertEquals(List.of("Budi", "Rudi"), names(list("KOTA", false).items()));
        assertEquals(2, list("KOTA", false).total());
        assertEquals(3, list("KOTA", true).total());
        assertTrue(list("LAIN", false).items().stream().allMatch(p -> p.name().equals("Dewi")));
    }

    private static void insertOld(Connection c, String nip, String name, String unit, boolean active)
            throws Exception {
        try (PreparedStatement s = c.prepareStatement("INSERT INTO reg_participant (nip, name, name_lower, gender, "
                + "birth_date, unit_code, position_title, position_type, rank_code, education, supervisor_nip, active, "
                + "created_at, updated_at) VALUES (?, ?, ?, 'MALE', DATE '1980-01-01', ?, 'Staf', 'PELAKSANA', "
                + "'III/a', 'SMA', NULL, ?, TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00')")) {
            s.setString(1, nip);
            s.setString(2, name);
            s.setString(3, name.toLowerCase());
            s.setString(4, unit);
            s.setBoolean(5, active);
            s.executeUpdate();
        }
    }

    private List<String> rows(String sql) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static String read(String resource) throws Exception {
        try (InputStream in = RegistryService.class.getClassLoader().getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
