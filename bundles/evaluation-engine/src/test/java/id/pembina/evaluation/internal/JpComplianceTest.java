package id.pembina.evaluation.internal;

import static id.pembina.evaluation.internal.ProfessionalismIndexTest.training;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import org.junit.Test;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.api.UnitCompliance;

public class JpComplianceTest {

    private final EvaluationEngine engine = Evaluations.engine();

    private static List<ParticipantTrainings> marelan() {
        TrainingRecord eLearning = new TrainingRecord("E-learning pelayanan publik", TrainingType.TECHNICAL,
                new BigDecimal("22.5"), LocalDate.of(2024, 7, 1), false, TrainingSource.EXTERNAL);
        return List.of(
                // P1: 12 (Pembina) + 8 (external) = 20 in 2024: exactly the minimum
                new ParticipantTrainings("P1", "LD", List.of(training(TrainingType.TECHNICAL, 12, "2024-02-01"),
                        training(TrainingType.SEMINAR, 8, "2024-10-01", false, TrainingSource.EXTERNAL))),
                // P2: 16 in 2024 (the 10 JP of 2023 do not count): 4 short
                new ParticipantTrainings("P2", "LD", List.of(training(TrainingType.TECHNICAL, 16, "2024-05-01"),
                        training(TrainingType.TECHNICAL, 10, "2023-12-31"))),
                // P5: 24
                new ParticipantTrainings("P5", "RP", List.of(training(TrainingType.FUNCTIONAL, 24, "2024-01-01"))),
                // P3: nothing: 20 short
                new ParticipantTrainings("P3", "RP", List.of()),
                // P4: 22.5 JP of e-learning
                new ParticipantTrainings("P4", "RP", List.of(eLearning)));
    }

    @Test
    public void complianceWithTheMinimumOfTheRuleSet() {
        JpCompliance c = engine.jpCompliance(2024, marelan(), RuleSets.of(RuleSet.defaults()));
        assertEquals(new BigDecimal("20"), c.minimumJp());
        assertEquals(RuleSet.defaults().name(), c.ruleSet());
        // 5 participants, compliant P1 P4 P5 -> 3/5
        assertEquals(5, c.n());
        assertEquals(3, c.compliant());
        assertEquals(0.6, c.rate(), 1e-12);
        // ordered by unit then id: LD P1 P2, RP P3 P4 P5
        assertJp(c.participants().get(0), "P1", "20", true, "0");
        assertJp(c.participants().get(1), "P2", "16", false, "4");
        assertJp(c.participants().get(2), "P3", "0", false, "20");
        assertJp(c.participants().get(3), "P4", "22.5", true, "0");
        assertJp(c.participants().get(4), "P5", "24", true, "0");
        assertEquals(List.of("P2", "P3"), c.belowMinimum().stream().map(ParticipantJp::participantId).toList());
        // LD 1 of 2 = 0.5; RP 2 of 3
        assertEquals(new UnitCompliance("LD", 2, 1, 0.5), c.units().get(0));
        assertEquals(new UnitCompliance("RP", 3, 2, 2.0 / 3), c.units().get(1));
    }

    @Test
    public void theMinimumCanBeAPlainParameter() {
        JpCompliance c = engine.jpCompliance(2024, marelan(), new BigDecimal("16"), null);
        assertNull(c.ruleSet());
        assertEquals(4, c.compliant()); // P2 now complies with exactly 16
        assertEquals(List.of("P3"), c.belowMinimum().stream().map(ParticipantJp::participantId).toList());
    }

    /**
     * Participants handed in with their units interleaved come out ordered by unit, then id (RP-P5, LD-P2,
     * RP-P3, LD-P1 -> LD P1 P2, RP P3 P5), and the per-unit figures follow the unit order: LD P1 20 JP compliant,
     * P2 16 not (1 of 2 = 0.5); RP P5 24 compliant, P3 0 not (1 of 2 = 0.5).
     */
    @Test
    public void interleavedUnitsComeOutOrderedByUnitThenId() {
        List<ParticipantTrainings> in = List.of(
                new ParticipantTrainings("P5", "RP", List.of(training(TrainingType.FUNCTIONAL, 24, "2024-01-01"))),
                new ParticipantTrainings("P2", "LD", List.of(training(TrainingType.TECHNICAL, 16, "2024-05-01"))),
                new ParticipantTrainings("P3", "RP", List.of()),
                new ParticipantTrainings("P1", "LD", List.of(training(TrainingType.TECHNICAL, 20, "2024-02-01"))));
        JpCompliance c = engine.jpCompliance(2024, in, new BigDecimal("20"), null);
        assertEquals(List.of("P1", "P2", "P3", "P5"), c.participants().stream().map(ParticipantJp::participantId)
                .toList());
        assertEquals(List.of("P2", "P3"), c.belowMinimum().stream().map(ParticipantJp::participantId).toList());
        assertEquals(List.of(new UnitCompliance("LD", 2, 1, 0.5), new UnitCompliance("RP", 2, 1, 0.5)), c.units());
    }

    /**
     * A city-like input (3,000 participants in 97 units, shuffled, 0-3 trainings each) gives the order of sorting
     * every participant by unit and id, and per unit the counts of its participants, as computed here directly.
     */
    @Test
    public void groupedOrderEqualsTheOrderOfSortingEveryone() {
        java.util.Random random = new java.util.Random(7);
        List<ParticipantTrainings> in = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            List<TrainingRecord> t = new java.util.ArrayList<>();
            for (int k = random.nextInt(4); k > 0; k--) {
                t.add(training(TrainingType.TECHNICAL, 1 + random.nextInt(12), "2024-0" + (1 + random.nextInt(9)) + "-01"));
            }
            in.add(new ParticipantTrainings(String.format("%09d%09d", random.nextInt(1_000_000_000), i),
                    "U-" + random.nextInt(97), t));
        }
        java.util.Collections.shuffle(in, random);
        JpCompliance c = engine.jpCompliance(2024, in, new BigDecimal("20"), null);
        List<ParticipantTrainings> sorted = new java.util.ArrayList<>(in);
        sorted.sort(java.util.Comparator.comparing(ParticipantTrainings::unitCode)
                .thenComparing(ParticipantTrainings::participantId));
        assertEquals(sorted.stream().map(ParticipantTrainings::participantId).toList(),
                c.participants().stream().map(ParticipantJp::participantId).toList());
        java.util.Map<String, int[]> counts = new java.util.TreeMap<>();
        for (ParticipantTrainings p : in) {
            BigDecimal jp = p.trainings().stream().map(TrainingRecord::jp).reduce(BigDecimal.ZERO, BigDecimal::add);
            int[] n = counts.computeIfAbsent(p.unitCode(), u -> new int[2]);
            n[0]++;
            n[1] += jp.compareTo(new BigDecimal("20")) >= 0 ? 1 : 0;
        }
        List<UnitCompliance> expected = new java.util.ArrayList<>();
        counts.forEach((u, n) -> expected.add(new UnitCompliance(u, n[0], n[1], (double) n[1] / n[0])));
        assertEquals(expected, c.units());
    }

    @Test
    public void noParticipants() {
        JpCompliance c = engine.jpCompliance(2024, List.of(), new BigDecimal("20"), null);
        assertEquals(0, c.n());
        assertNull(c.rate());
        assertEquals(List.of(), c.units());
    }

    private static void assertJp(ParticipantJp p, String id, String jp, boolean compliant, String shortfall) {
        assertEquals(id, p.participantId());
        assertEquals(0, new BigDecimal(jp).compareTo(p.jp()));
        assertEquals(compliant, p.compliant());
        assertEquals(0, new BigDecimal(shortfall).compareTo(p.shortfall()));
    }
}
