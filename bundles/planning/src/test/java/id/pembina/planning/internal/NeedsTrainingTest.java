package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.CoveredCompetency;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PastTraining;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.persistence.testing.AsCaller;

/**
 * Past training results in the needs analysis of 2026 (training of 2024-2026 counts), on H2 and PostgreSQL, with
 * the fixture's requirements and levels (see {@link NeedsTest}) and {@link Fixture#recordResults()}.
 * <pre>
 * BUDI: KOM 2026-03-10, goal reached (g = 1), no follow-up: good. KOM develops PELAYANAN and ETIKA.
 *       PELAYANAN 3 - 2: the SUPERVISOR level is of 2026-02-01, before the training: covered.
 *       ETIKA 1 - 0, never assessed: covered. No gap left: total 0, short 8.
 * SITI: KOM 2025-09-15, g = 0: not reached. PELAYANAN 2, TIK 1, ETIKA 1 stay, each "trained, not yet mastered";
 *       total 4, short 4.
 * EKO:  KOM 2025-09-15 reached; PELAYANAN 2 - 1 (SELF 1 of 2025-12-01, after the training, says otherwise) = 1
 *       stays without a reason; ETIKA covered. Total 1, short 20.
 * RUDI: KEPEMIMPINAN 4, short 20.
 * Largest first: RUDI (4, 20), SITI (4, 4), EKO (1, 20), BUDI (0, 8). With gaps: 3; shortfall 20+4+20+8 = 52.
 * PELAYANAN: SITI 2 + EKO 1 = 3, 2 people, largest 2, 1 trained; KEPEMIMPINAN 4; ETIKA 1 (SITI, trained); TIK 1
 * (SITI, trained). By size: KEPEMIMPINAN 4, PELAYANAN 3, ETIKA 1, TIK 1 (code).
 * KOM in KEC: completions BUDI, SITI, EKO = 3, all with a learning result, 2 reached: share 2/3.
 * </pre>
 */
@RunWith(Parameterized.class)
public class NeedsTrainingTest {

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
        f.recordResults();
    }

    @After
    public void tearDown() throws Exception {
        f.close();
    }

    @Test
    public void goodRecentTrainingCoversAGap() {
        ParticipantNeeds budi = f.planning.participant(2026, Fixture.BUDI);
        PastTraining march = new PastTraining("KOM", 2026, LocalDate.of(2026, 3, 10), true, 1.0, null, null);
        assertEquals(List.of(), budi.gaps());
        assertEquals(List.of(new CoveredCompetency("ETIKA", "Etika Publik", 1, 0, march),
                new CoveredCompetency("PELAYANAN", "Pelayanan Publik", 3, 2, march)), budi.covered());
        assertEquals(List.of(march), budi.recentTraining());
        // Seen from 2029 the March 2026 session is no longer recent (2027-2029): both gaps are open again.
        assertEquals(2, f.planning.participant(2029, Fixture.BUDI).gapTotal());
    }

    @Test
    public void poorResultKeepsTheGapWithItsReason() {
        PastTraining sept = new PastTraining("KOM", 2025, LocalDate.of(2025, 9, 15), false, 0.0, null, null);
        ParticipantNeeds siti = f.planning.participant(2026, Fixture.SITI);
        assertEquals(List.of(new CompetencyGap("PELAYANAN", "Pelayanan Publik", 3, 1, List.of("KOM"), sept),
                new CompetencyGap("ETIKA", "Etika Publik", 1, 0, List.of("KOM"), sept),
                new CompetencyGap("TIK", "Teknologi Informasi", 2, 1, List.of("KOM"), sept)), siti.gaps());
        ParticipantNeeds eko = f.planning.participant(2026, Fixture.EKO);
        assertEquals(List.of(new CompetencyGap("PELAYANAN", "Pelayanan Publik", 2, 1, List.of("KOM"), null)),
                eko.gaps());
        assertEquals(List.of("ETIKA"), eko.covered().stream().map(CoveredCompetency::competency).toList());
    }

    @Test
    public void unitShowsTrainedGapsAndProgramEffectiveness() {
        UnitNeeds u = f.planning.unit(2026, Fixture.KEC);
        assertEquals(List.of(Fixture.RUDI, Fixture.SITI, Fixture.EKO, Fixture.BUDI),
                u.participants().stream().map(a -> a.needs().nip()).toList());
        assertEquals(3, u.withGaps());
        assertEquals(52, u.jpShortfall());
        assertEquals(List.of(new SharedGap("KEPEMIMPINAN", "Kepemimpinan", 1, 4, 4, List.of(), 0),
                new SharedGap("PELAYANAN", "Pelayanan Publik", 2, 3, 2, List.of("KOM"), 1),
                new SharedGap("ETIKA", "Etika Publik", 1, 1, 1, List.of("KOM"), 1),
                new SharedGap("TIK", "Teknologi Informasi", 1, 1, 1, List.of("KOM"), 1)), u.gapsBySize());
        assertEquals(List.of(new ProgramEffect("KOM", 3, 3, 2, 2.0 / 3)), u.programs());
        // The same figures reach the scheduler's list.
        assertEquals(List.of(4, 4, 1, 0), f.planning.participants(2026, Fixture.KEC).stream()
                .map(ParticipantNeeds::gapTotal).toList());
    }
}
