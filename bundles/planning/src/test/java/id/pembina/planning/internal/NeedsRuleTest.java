package id.pembina.planning.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PastTraining;
import id.pembina.planning.api.ProgramCompetency;

/**
 * The training rule of {@link Needs} alone: PELAKSANA require LAYANAN 3; programmes A and B develop it; nothing
 * assessed (reached 0, gap 3).
 */
public class NeedsRuleTest {

    private static final Needs NEEDS = new Needs(
            List.of(new CompetencyRequirement(null, "PELAKSANA", "LAYANAN", "Pelayanan", 3)),
            List.of(new ProgramCompetency("A", "LAYANAN", false), new ProgramCompetency("B", "LAYANAN", false)));
    private static final Participant ANI = new Participant("199202022018012001", "Ani", null, null, "KEL", "Staf",
            PositionType.PELAKSANA, Rank.II_A, Education.SMA, null, null);

    private static ParticipantNeeds needs(PastTraining... recent) {
        return NEEDS.of(ANI, List.of(), BigDecimal.ZERO, BigDecimal.ZERO, List.of(recent));
    }

    /** The goal reached but the supervisor rates 2.5 of 4 (below 3): trained, not yet mastered. */
    @Test
    public void behaviourBelowThresholdKeepsTheGap() {
        PastTraining t = new PastTraining("A", 2026, LocalDate.of(2026, 2, 1), true, 0.8, false, 2.5);
        assertEquals(List.of(new CompetencyGap("LAYANAN", "Pelayanan", 3, 0, List.of("A", "B"), t)), needs(t).gaps());
    }

    /** Training without a recorded result proves nothing; the latest with a result decides (B in May, good). */
    @Test
    public void theLatestRecordedResultDecides() {
        PastTraining poorA = new PastTraining("A", 2025, LocalDate.of(2025, 3, 1), false, 0.1, null, null);
        PastTraining goodB = new PastTraining("B", 2025, LocalDate.of(2025, 5, 1), null, null, true, 3.5);
        PastTraining noResult = new PastTraining("A", 2026, LocalDate.of(2026, 1, 9), null, null, null, null);
        ParticipantNeeds n = needs(poorA, goodB, noResult);
        assertEquals(List.of(), n.gaps());
        assertEquals(goodB, n.covered().get(0).training());
        // Without B, A's poor result stands.
        assertEquals(poorA, needs(poorA, noResult).gaps().get(0).trainedNotMastered());
        assertNull(needs(noResult).gaps().get(0).trainedNotMastered());
    }
}
