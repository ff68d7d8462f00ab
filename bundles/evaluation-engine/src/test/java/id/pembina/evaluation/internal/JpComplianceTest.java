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
