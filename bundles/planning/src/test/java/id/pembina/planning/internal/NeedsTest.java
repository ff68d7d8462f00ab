package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.StringReader;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.LevelSource;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.platform.api.NotFoundException;

/**
 * The needs analysis over the fixture's requirements and levels, on H2 and PostgreSQL.
 * <pre>
 * BUDI (title Pengadministrasi Umum): PELAYANAN 3 - 2 (SUPERVISOR beats SELF 1) = 1; TIK 2 - 3: none;
 *      ETIKA 1 - 0 = 1; total 2. JP 2026: 12 (March session) -> short 8. JP 2025: 0, performance 2025 GOOD.
 * SITI (title): PELAYANAN 3 - 1 (ASSESSMENT 2025 beats SELF 3 of 2026) = 2; TIK 2 - 1 (latest SUPERVISOR) = 1;
 *      ETIKA 1 - 0 = 1; total 4. JP 2026: 16 (external) -> short 4. JP 2025: 10.
 * EKO (title without requirements -> PELAKSANA fallback): PELAYANAN 2 - 0 = 2; ETIKA 1; total 3; short 20.
 * RUDI (ADMINISTRATOR fallback): KEPEMIMPINAN 4 - 0 = 4; total 4; short 20.
 * Largest first: RUDI (4, short 20), SITI (4, short 4), EKO (3), BUDI (2).
 * </pre>
 */
@RunWith(Parameterized.class)
public class NeedsTest {

    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private Fixture f;

    @Before
    public void setUp() throws Exception {
        f = new Fixture(database);
        f.importCompetencies();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    @Test
    public void participantsAreRankedLargestNeedFirst() {
        List<ParticipantNeeds> needs = f.planning.participants(2026, Fixture.KEC);
        assertEquals(List.of(Fixture.RUDI, Fixture.SITI, Fixture.EKO, Fixture.BUDI),
                needs.stream().map(ParticipantNeeds::nip).toList());
        ParticipantNeeds siti = needs.get(1);
        assertEquals(16, siti.jpThisYear());
        assertEquals(4, siti.jpShortfall());
        assertEquals(4, siti.gapTotal());
        assertEquals(List.of(
                new CompetencyGap("PELAYANAN", "Pelayanan Publik", 3, 1, List.of("KOM")),
                new CompetencyGap("ETIKA", "Etika Publik", 1, 0, List.of("KOM")),
                new CompetencyGap("TIK", "Teknologi Informasi", 2, 1, List.of("KOM"))), siti.gaps());
        ParticipantNeeds budi = needs.get(3);
        assertEquals(12, budi.jpThisYear());
        assertEquals(8, budi.jpShortfall());
        assertEquals(List.of(new CompetencyGap("ETIKA", "Etika Publik", 1, 0, List.of("KOM")),
                new CompetencyGap("PELAYANAN", "Pelayanan Publik", 3, 2, List.of("KOM"))), budi.gaps());
        assertEquals(List.of(new CompetencyGap("KEPEMIMPINAN", "Kepemimpinan", 4, 0, List.of())), needs.get(0).gaps());
    }

    @Test
    public void oneParticipant() {
        ParticipantNeeds eko = f.planning.participant(2026, Fixture.EKO);
        assertEquals(new ParticipantNeeds(Fixture.EKO, Fixture.KEL_RP, 0, 20, List.of(
                new CompetencyGap("PELAYANAN", "Pelayanan Publik", 2, 0, List.of("KOM")),
                new CompetencyGap("ETIKA", "Etika Publik", 1, 0, List.of("KOM")))), eko);
        assertThrows(NotFoundException.class, () -> f.planning.participant(2026, "199901012020011009"));
    }

    /**
     * KEC: 4 people, all with gaps, all below 20 JP; shortfall 20 + 4 + 20 + 8 = 52.
     * PELAYANAN: BUDI 1 + SITI 2 + EKO 2 = 5, 3 people, largest 2; ETIKA: 3 x 1 = 3, 3 people;
     * KEPEMIMPINAN: 4, 1 person; TIK: 1, 1 person.
     * By size: PELAYANAN 5, KEPEMIMPINAN 4, ETIKA 3, TIK 1. By people: PELAYANAN (3, 5), ETIKA (3, 3),
     * KEPEMIMPINAN (1, 4), TIK (1, 1).
     */
    @Test
    public void unitAggregatesGapsBySizeAndByPeople() {
        UnitNeeds u = f.planning.unit(2026, Fixture.KEC);
        assertEquals(4, u.people());
        assertEquals(4, u.withGaps());
        assertEquals(4, u.belowMinimumJp());
        assertEquals(52, u.jpShortfall());
        assertEquals(List.of(new SharedGap("PELAYANAN", "Pelayanan Publik", 3, 5, 2, List.of("KOM")),
                new SharedGap("KEPEMIMPINAN", "Kepemimpinan", 1, 4, 4, List.of()),
                new SharedGap("ETIKA", "Etika Publik", 3, 3, 1, List.of("KOM")),
                new SharedGap("TIK", "Teknologi Informasi", 1, 1, 1, List.of("KOM"))), u.gapsBySize());
        assertEquals(List.of("PELAYANAN", "ETIKA", "KEPEMIMPINAN", "TIK"),
                u.gapsByPeople().stream().map(SharedGap::competency).toList());
        AsnNeeds budi = u.participants().get(3);
        assertEquals("Budi", budi.name());
        assertEquals("Pengadministrasi Umum", budi.position());
        assertEquals(0, budi.jpLastYear());
        assertEquals("GOOD", budi.performance());
        AsnNeeds siti = u.participants().get(1);
        assertEquals(10, siti.jpLastYear());
        assertEquals(null, siti.performance());
    }

    /** KEL_LD alone: BUDI and SITI; shortfall 4 + 8 = 12. */
    @Test
    public void subtreeOnly() {
        UnitNeeds u = f.planning.unit(2026, Fixture.KEL_LD);
        assertEquals(2, u.people());
        assertEquals(12, u.jpShortfall());
        assertThrows(NotFoundException.class, () -> f.planning.unit(2026, "NOPE"));
    }

    @Test
    public void levelsKeepEverySource() {
        var levels = f.planning.levels(Fixture.SITI);
        assertEquals(4, levels.size());
        assertEquals(LevelSource.SELF, levels.get(0).source()); // 2026-03-01, the newest
        assertEquals(6, f.planning.requirements().size());
        // KOM: ETIKA and PELAYANAN recorded by staff, TIK declared by its module.
        assertEquals(List.of(new ProgramCompetency("KOM", "ETIKA", false), new ProgramCompetency("KOM", "PELAYANAN", false),
                new ProgramCompetency("KOM", "TIK", true)), f.planning.programCompetencies());
    }

    /** All rows or none: line 3 names both a title and a type, line 4 a level of 6, line 5 an unknown type. */
    @Test
    public void importRefusesBadLinesWithTheirNumbers() {
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> f.planning.importRequirements(
                new StringReader("positionTitle,positionType,competency,name,level\n"
                        + "Lurah,,LEAD,Kepemimpinan,3\n"
                        + "Lurah,PENGAWAS,LEAD,Kepemimpinan,3\n"
                        + "Lurah,,TIK,Teknologi,6\n"
                        + ",KEPALA,TIK,Teknologi,2\n")));
        assertEquals(List.of(3L, 4L, 5L), e.result().errors().stream().map(RowError::line).toList());
        assertEquals(List.of("planning.requirement.position", "planning.range", "planning.positionType"),
                e.result().errors().stream().map(r -> r.error().code()).toList());
        assertEquals(6, f.planning.requirements().size());
        ImportRefusedException levels = assertThrows(ImportRefusedException.class, () -> f.planning.importLevels(
                new StringReader("nip,competency,level,source,assessedOn\n199901012020011009,TIK,2,SELF,2026-01-01\n"
                        + Fixture.BUDI + ",TIK,2,BOSS,2026-13-01\n")));
        assertEquals(List.of("planning.participantUnknown", "planning.levelSource", "planning.date"),
                levels.result().errors().stream().map(r -> r.error().code()).toList());
        ImportRefusedException missing = assertThrows(ImportRefusedException.class,
                () -> f.planning.importProgramCompetencies(new StringReader("program,competency\nKOM,TIK\n")));
        assertEquals("csv.missingColumn", missing.result().errors().get(0).error().code());
    }
}
