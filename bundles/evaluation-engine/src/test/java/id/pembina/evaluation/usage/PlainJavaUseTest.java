package id.pembina.evaluation.usage;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.Test;

import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Direction;
import id.pembina.evaluation.api.Education;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.IndicatorValue;
import id.pembina.evaluation.api.ItemAnalysis;
import id.pembina.evaluation.api.ItemResponse;
import id.pembina.evaluation.api.JpCompliance;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.ParticipantTrainings;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.api.PositionType;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.api.ResultIndicator;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.api.UndefinedReason;
import id.pembina.evaluation.api.UnitLeadership;
import id.pembina.evaluation.api.YearIndex;

/**
 * Uses the engine the way another agency would: this package imports nothing but id.pembina.evaluation.api, the
 * JDK and JUnit; no OSGi framework, no other Pembina bundle. One small session of "Pelayanan Prima" in Kecamatan
 * Medan Marelan, every figure worked out by hand.
 */
public class PlainJavaUseTest {

    private static final double EPS = 1e-9;
    private final EvaluationEngine engine = Evaluations.engine();

    @Test
    public void reaction() {
        // Q1: 4, 5, 5 -> mean 14/3 = 4.6667, variance (3*66 - 196)/6 = 1/3, all favourable
        // Q2: 3, 3, 3 -> mean 3, sd 0 (all identical), favourable 0 -> improvement point (3 < 3.5)
        ReactionResult r = engine.reaction(
                List.of(new LikertItem("Q1", "Materi bermanfaat"), new LikertItem("Q2", "Durasi memadai")),
                List.of(new LikertAnswer("Q1", 4), new LikertAnswer("Q1", 5), new LikertAnswer("Q1", 5),
                        new LikertAnswer("Q2", 3), new LikertAnswer("Q2", 3), new LikertAnswer("Q2", 3)));
        assertEquals(14.0 / 3, r.items().get(0).statistics().mean(), EPS);
        assertEquals(Math.sqrt(1.0 / 3), r.items().get(0).statistics().standardDeviation(), EPS);
        assertEquals(1.0, r.items().get(0).statistics().favourableShare(), EPS);
        assertEquals(0.0, r.items().get(1).statistics().standardDeviation(), 0);
        assertEquals("Durasi memadai", r.improvementPoints().get(0).wording());
        // overall 4,5,5,3,3,3: n 6, mean 23/6; favourable 3/6
        assertEquals(6, r.overall().n());
        assertEquals(23.0 / 6, r.overall().mean(), EPS);
        assertEquals(0.5, r.overall().favourableShare(), EPS);
    }

    @Test
    public void learningWithTheTextbookTTest() {
        // Max 100. Differences 1..5: mean 3, sd sqrt(2.5) = 1.5811, t = 3/(1.5811/sqrt5) = 4.2426, df 4,
        // two-sided p = 1 - 36/(11 sqrt11) = 0.013236 (closed form of the t cdf for 4 df).
        // <pre%> = 50, <post%> = 53; <g> = 3/50 = 0.06 -> LOW
        LearningResult l = engine.learning(List.of(new PrePostScore("A", 50, 51, 100),
                new PrePostScore("B", 50, 52, 100), new PrePostScore("C", 50, 53, 100),
                new PrePostScore("D", 50, 54, 100), new PrePostScore("E", 50, 55, 100)));
        assertEquals(5, l.n());
        assertEquals(0.06, l.classGain().value(), EPS);
        assertEquals(GainBand.LOW, l.classGain().band());
        assertEquals(1.5811388301, l.tTest().sdDifference(), 1e-9);
        assertEquals(4.2426406871, l.tTest().t(), 1e-9);
        assertEquals(Integer.valueOf(4), l.tTest().degreesOfFreedom());
        assertEquals(0.0132355996, l.tTest().pValue(), 1e-9);
        // pre = 100 %: g undefined, not a division by zero
        LearningResult top = engine.learning(List.of(new PrePostScore("F", 10, 10, 10)));
        assertNull(top.participants().get(0).gain());
        assertEquals(UndefinedReason.PRE_AT_MAXIMUM, top.participants().get(0).gainUndefined());
        assertEquals(UndefinedReason.PRE_AT_MAXIMUM, top.classGain().undefinedReason());
    }

    @Test
    public void itemAnalysis() {
        // A 11, B 10, C 00, D 01: n 4, group round(1.08) = 1; ranking A(2) B(1) D(1) C(0): upper A, lower C
        // item 1: p 2/4, D = 1 - 0 = 1; item 2: p 2/4, D = 1 - 0 = 1
        ItemAnalysis a = engine.itemAnalysis(List.of(new ItemResponse("A", "1", true), new ItemResponse("A", "2", true),
                new ItemResponse("B", "1", true), new ItemResponse("B", "2", false), new ItemResponse("C", "1", false),
                new ItemResponse("C", "2", false), new ItemResponse("D", "1", false), new ItemResponse("D", "2", true)));
        assertEquals(1, a.groupSize());
        assertEquals(0.5, a.items().get(0).difficulty(), 0);
        assertEquals(1.0, a.items().get(0).discrimination(), 0);
        assertEquals(1.0, a.items().get(1).discrimination(), 0);
    }

    @Test
    public void behaviourResultsAndRoi() {
        // L3: P1 2 -> 4, P2 3 -> 2: change ((4-2) + (2-3)) / 2 = 0.5; applying 1 of 2; 2 of 4 supervisors answered
        BehaviourResult b = engine.behaviour(List.of(new BehaviourIndicator("K1", "Menjawab pengaduan warga")),
                List.of(new BehaviourRating("P1", "K1", Phase.BEFORE, 2), new BehaviourRating("P1", "K1", Phase.AFTER, 4),
                        new BehaviourRating("P2", "K1", Phase.BEFORE, 3), new BehaviourRating("P2", "K1", Phase.AFTER, 2)),
                4);
        assertEquals(0.5, b.indicators().get(0).change(), EPS);
        assertEquals(0.5, b.shareApplying(), EPS);
        assertEquals(0.5, b.responseRate(), EPS);
        // L4: service time (minutes), lower is better. Trained 30 -> 20, comparison 30 -> 28:
        // DiD = (20 - 30) - (28 - 30) = -8 minutes, improvement +8
        DifferenceInDifferences d = engine.results(
                List.of(new ResultIndicator("WAKTU", "Waktu layanan (menit)", Direction.LOWER_IS_BETTER)),
                List.of(new IndicatorValue("LD", "WAKTU", Phase.BEFORE, "2024-01", 30),
                        new IndicatorValue("LD", "WAKTU", Phase.AFTER, "2024-06", 20),
                        new IndicatorValue("TJ", "WAKTU", Phase.BEFORE, "2024-01", 30),
                        new IndicatorValue("TJ", "WAKTU", Phase.AFTER, "2024-06", 28)),
                Set.of("TJ")).estimates().get(0);
        assertEquals(-8, d.estimate(), EPS);
        assertEquals(8, d.improvement(), EPS);
        // ROI: costs 6,000,000 + 4,000,000 = 10,000,000; benefits 15,000,000: ROI 50.00 %, BCR 1.50
        RoiResult roi = engine.roi(List.of(new CostLine("Narasumber", new BigDecimal("6000000")),
                new CostLine("Konsumsi", new BigDecimal("4000000"))), new BigDecimal("15000000"));
        assertEquals(new BigDecimal("50.00"), roi.roiPercent());
        assertEquals(new BigDecimal("1.50"), roi.benefitCostRatio());
        assertEquals(UndefinedReason.ZERO_COSTS, engine.roi(List.of(), BigDecimal.TEN).undefinedReason());
    }

    @Test
    public void professionalismIndexJpAndLeadership() {
        // Rule sets come as properties (what ConfigAdmin hands over); a 2024 revision values S1 at 20.
        Map<String, String> revised = RuleSet.defaultProperties();
        revised.put("name", "IP ASN revisi 2024");
        revised.put("validFrom", "2024-01-01");
        revised.put("qualification.S1", "20");
        RuleSets rules = RuleSets.of(RuleSet.defaults(), RuleSet.fromProperties(revised));
        List<TrainingRecord> trainings = List.of(
                new TrainingRecord("Pelatihan Teknis Pelayanan Publik", TrainingType.TECHNICAL, new BigDecimal("24"),
                        LocalDate.of(2023, 3, 1), false, TrainingSource.PEMBINA),
                new TrainingRecord("Pelatihan Teknis Arsip", TrainingType.TECHNICAL, new BigDecimal("20"),
                        LocalDate.of(2024, 3, 1), false, TrainingSource.EXTERNAL));
        // S1 pelaksana, technical >= 20 JP each year (30), no seminar, GOOD 25, NONE 5:
        // 2023 default 15 + 30 + 25 + 5 = 75 Sedang; 2024 revised 20 + 30 + 25 + 5 = 80 Sedang
        ParticipantYear y2023 = new ParticipantYear("198609262015051001", "LD", 2023, Education.S1,
                PositionType.PELAKSANA, trainings, PerformanceRating.GOOD, DisciplineSanction.NONE);
        ParticipantYear y2024 = new ParticipantYear("198609262015051001", "LD", 2024, Education.S1,
                PositionType.PELAKSANA, trainings, PerformanceRating.GOOD, DisciplineSanction.NONE);
        ProfessionalismIndex i = engine.professionalism(y2023, rules);
        assertEquals(new BigDecimal("75"), i.total());
        assertEquals(Category.SEDANG, i.category());
        List<YearIndex> trend = engine.trend(List.of(y2023, y2024), rules);
        assertEquals(75, trend.get(0).meanTotal(), 0);
        assertEquals("IP ASN PermenPAN-RB 38/2018 default", trend.get(0).ruleSet());
        assertEquals(80, trend.get(1).meanTotal(), 0);
        assertEquals("IP ASN revisi 2024", trend.get(1).ruleSet());
        assertEquals(1, engine.unitDistribution("LD", 2024, List.of(y2024), rules).count(Category.SEDANG));
        // JP 2024: 20 -> compliant with the minimum 20 of the rule set
        JpCompliance jp = engine.jpCompliance(2024,
                List.of(new ParticipantTrainings("198609262015051001", "LD", trainings)), rules);
        assertEquals(1, jp.compliant());
        assertEquals(1.0, jp.units().get(0).rate(), 0);
        // Leadership: the lurah attended 1 of 2 sessions (0.5, involved)
        assertEquals(1, engine.leadershipInvolvement(List.of(new UnitLeadership("LD", 2, 1, 0.5))).involved().units());
    }
}
