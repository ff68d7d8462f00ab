package id.pembina.participant.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;

/**
 * Imports of several hundred rows: on H2 more than one multi-row INSERT, on PostgreSQL the COPY path (checked to be
 * the one taken). Every row, its history and the unit counts are stored exactly, or nothing at all.
 */
@RunWith(Parameterized.class)
public class BulkImportTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    /** 2026-11-27 10:00 in Jakarta. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final String HEADER = "nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip";
    /** Rows per file: more than two of the multi-row INSERTs of {@link JdbcParticipantStore#ROWS} rows. */
    private static final int ROWS = 2 * JdbcParticipantStore.ROWS + 50;

    private TestDatabase db;
    private RegistryService registry;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), Clock.fixed(NOW, Nip.WIB));
        registry.createUnit(new OrganizationUnit("KEC", "Kecamatan", null));
        registry.createUnit(new OrganizationUnit("KEL-A", "Kelurahan A", "KEC"));
        registry.createUnit(new OrganizationUnit("KEL-B", "Kelurahan B", "KEC"));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    /** Row i: born 1980-01-01 plus i days, TMT 22 years later, male, sequence 1; in KEL-A for even i, else KEL-B. */
    private static String nip(int i) {
        LocalDate born = LocalDate.of(1980, 1, 1).plusDays(i);
        return String.format("%04d%02d%02d%04d%02d1001", born.getYear(), born.getMonthValue(), born.getDayOfMonth(),
                born.getYear() + 22, born.getMonthValue());
    }

    /** Row 0 leads KEC; every other row is supervised by row 0; the name of row 7 has a quote and a comma. */
    private static String file(int rows) {
        StringBuilder csv = new StringBuilder(HEADER).append('\n');
        for (int i = 0; i < rows; i++) {
            String name = i == 7 ? "\"Ren\u00e9e \"\"Butet\"\", S.Kom.\"" : "Pegawai " + i;
            String unit = i == 0 ? "KEC" : i % 2 == 0 ? "KEL-A" : "KEL-B";
            csv.append(nip(i)).append(',').append(name).append(',').append(unit).append(",Pengadministrasi,")
                    .append(i == 0 ? "PENGAWAS" : "PELAKSANA").append(",II/c,SMA,").append(i == 0 ? "" : nip(0))
                    .append('\n');
        }
        return csv.toString();
    }

    private long total(String unit) {
        return registry.search(new ParticipantQuery(unit, null, null, true, 0, 1)).total();
    }

    @Test
    public void theCopyPathIsTakenOnPostgreSqlOnly() throws Exception {
        try (Connection c = db.dataSource().getConnection()) {
            assertEquals(database.equals("PostgreSQL"), PostgresCopy.available(c));
        }
    }

    @Test
    public void everyRowIsStoredWithItsHistoryAndTheUnitCounts() {
        assertEquals(new ImportResult(ROWS, ROWS, List.of()), registry.importCsv(new StringReader(file(ROWS))));

        assertEquals(ROWS, registry.count());
        // 450 rows: row 0 in KEC, the 224 other even rows in KEL-A, the 225 odd rows in KEL-B.
        assertEquals(450, total("KEC"));
        assertEquals(224, total("KEL-A"));
        assertEquals(225, total("KEL-B"));
        assertEquals(new Participant(nip(0), "Pegawai 0", Gender.MALE, LocalDate.of(1980, 1, 1), "KEC",
                "Pengadministrasi", PositionType.PENGAWAS, Rank.II_C, Education.SMA, null, true),
                registry.find(nip(0)).orElseThrow());
        // Row 7: born 1980-01-08.
        assertEquals(new Participant(nip(7), "Ren\u00e9e \"Butet\", S.Kom.", Gender.MALE, LocalDate.of(1980, 1, 8),
                "KEL-B", "Pengadministrasi", PositionType.PELAKSANA, Rank.II_C, Education.SMA, nip(0), true),
                registry.find(nip(7)).orElseThrow());
        // The last row, 449: born 1980-01-01 + 449 days = 1981-03-25.
        Participant last = registry.find(nip(ROWS - 1)).orElseThrow();
        assertEquals(LocalDate.of(1981, 3, 25), last.birthDate());
        assertEquals("KEL-B", last.unitCode());
        assertEquals(List.of(new ParticipantChange(NOW, ParticipantChange.Kind.CREATED, last, "operator")),
                registry.history(nip(ROWS - 1)));
        // The name's search column and the unit path are written as by a single create.
        assertEquals(1, registry.search(new ParticipantQuery("KEL-B", "ren\u00c9e \"butet\"", null, false, 0, 5)).total());
    }

    @Test
    public void aRefusedFileLeavesEveryTableAsItWas() {
        registry.importCsv(new StringReader(file(3)));
        // The same 450 rows but row 300 in an unknown unit: rows 0-2 are stored already, so they are refused too.
        String csv = file(ROWS).replace(nip(300) + ",Pegawai 300,KEL-A", nip(300) + ",Pegawai 300,KEL-X");

        ImportResult result = registry.importCsv(new StringReader(csv));

        assertFalse(result.succeeded());
        assertEquals(ROWS, result.rows());
        assertEquals(0, result.imported());
        // Lines: header 1, row i on line i + 2.
        assertEquals(List.of(new RowError(2, FieldError.of("nip", "participant.duplicate", nip(0))),
                new RowError(3, FieldError.of("nip", "participant.duplicate", nip(1))),
                new RowError(4, FieldError.of("nip", "participant.duplicate", nip(2))),
                new RowError(302, FieldError.of("unitCode", "unit.unknown", "KEL-X"))), result.errors());
        assertEquals(3, registry.count());
        assertEquals(3, total("KEC"));
        assertEquals(1, total("KEL-A"));
        assertEquals(1, total("KEL-B"));
        assertTrue(registry.find(nip(3)).isEmpty());
        assertEquals(List.of(), registry.history(nip(3)));
    }
}
