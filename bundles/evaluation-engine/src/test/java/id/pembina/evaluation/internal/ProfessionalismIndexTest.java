package id.pembina.evaluation.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.CategoryDistribution;
import id.pembina.evaluation.api.CompetencyPoints;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.Education;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.ParticipantYear;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.api.PositionType;
import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.api.TrainingRecord;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.api.YearIndex;

public class ProfessionalismIndexTest {

    private final EvaluationEngine engine = Evaluations.engine();
    private final RuleSet defaults = RuleSet.defaults();

    static TrainingRecord training(TrainingType type, int jp, String date, boolean matches, TrainingSource source) {
        return new TrainingRecord(type + " " + date, type, BigDecimal.valueOf(jp), LocalDate.parse(date), matches,
                source);
    }

    static TrainingRecord training(TrainingType type, int jp, String date) {
        return training(type, jp, date, false, TrainingSource.PEMBINA);
    }

    static ParticipantYear facts(String id, String unit, int year, Education education, PositionType position,
            PerformanceRating performance, DisciplineSanction discipline, TrainingRecord... trainings) {
        return new ParticipantYear(id, unit, year, education, position, List.of(trainings), performance, discipline);
    }

    /** Administrator, S2: PKA 2019 external; technical 12 + 10 JP in 2024; seminar 2023; a 2025 course. */
    static ParticipantYear administrator() {
        return facts("A", "LD", 2024, Education.S2, PositionType.ADMINISTRATOR, PerformanceRating.VERY_GOOD,
                DisciplineSanction.NONE,
                training(TrainingType.LEADERSHIP, 200, "2019-10-01", true, TrainingSource.EXTERNAL),
                training(TrainingType.TECHNICAL, 12, "2024-03-10"),
                training(TrainingType.TECHNICAL, 10, "2024-09-20", false, TrainingSource.EXTERNAL),
                training(TrainingType.SEMINAR, 8, "2023-05-02"),
                training(TrainingType.TECHNICAL, 40, "2025-01-15"));
    }

    @Test
    public void administratorWithEverything() {
        // qualification S2 20; competency: leadership 15 (PKA, no window) + technical 15 (12 + 10 = 22 JP in 2024;
        // the 2025 course is after the year) + seminar 10 (2023 within 2023..2024) = 40; VERY_GOOD 30; NONE 5
        // total 95 -> Sangat Tinggi
        ProfessionalismIndex i = engine.professionalism(administrator(), defaults);
        assertIndex(i, 20, points(15, 15, 10, new BigDecimal("22"), 40), 30, 5, 95,
                Category.SANGAT_TINGGI);
        assertEquals(defaults.name(), i.ruleSet());
        assertEquals(LocalDate.of(2019, 1, 1), i.ruleSetValidFrom());
    }

    @Test
    public void pelaksanaVariant() {
        // S1 15; technical: 16 JP in 2024 (the 20 JP of December 2023 lie outside the one-year window) -> 0;
        // seminar 2024 -> pelaksana seminar 10; GOOD 25; LIGHT 3; total 53 -> Sangat Rendah
        ParticipantYear b = facts("B", "LD", 2024, Education.S1, PositionType.PELAKSANA, PerformanceRating.GOOD,
                DisciplineSanction.LIGHT, training(TrainingType.TECHNICAL, 20, "2023-12-15"),
                training(TrainingType.TECHNICAL, 16, "2024-02-01"), training(TrainingType.SEMINAR, 4, "2024-08-08"));
        assertIndex(engine.professionalism(b, defaults), 15, points(0, 0, 10, new BigDecimal("16"), 10),
                25, 3, 53, Category.SANGAT_RENDAH);
        // with 30 JP technical in 2024 instead: pelaksana technical 30 + seminar 10 = 40; SMA 5, VERY_GOOD 30,
        // NONE 5: total 80 -> Sedang
        ParticipantYear e = facts("E", "RP", 2024, Education.SMA, PositionType.PELAKSANA,
                PerformanceRating.VERY_GOOD, DisciplineSanction.NONE, training(TrainingType.TECHNICAL, 30, "2024-04-01"),
                training(TrainingType.SEMINAR, 4, "2024-08-08"));
        assertIndex(engine.professionalism(e, defaults), 5, points(0, 30, 10, new BigDecimal("30"), 40),
                30, 5, 80, Category.SEDANG);
    }

    @Test
    public void fungsionalAndPengawas() {
        // C: D3 10; functional matching 2021 15 + technical 24 JP 15 + seminar 2022 outside 2023..2024 0 = 30;
        // GOOD 25; NONE 5: total 70 -> Rendah (upper bound)
        assertIndex(engine.professionalism(fungsional(), defaults), 10,
                points(15, 15, 0, new BigDecimal("24"), 30), 25, 5, 70, Category.RENDAH);
        // D: S1 15; leadership training not matching the post 0 + technical exactly 20 JP 15 + seminar 10 = 25;
        // VERY_GOOD 30; NONE 5: total 75 -> Sedang
        assertIndex(engine.professionalism(pengawas(), defaults), 15,
                points(0, 15, 10, new BigDecimal("20"), 25), 30, 5, 75, Category.SEDANG);
        // F: S3 25; functional + technical 30; GOOD 25; HEAVY 1: total 81 -> Tinggi (lower bound)
        assertIndex(engine.professionalism(doctor(), defaults), 25,
                points(15, 15, 0, new BigDecimal("20"), 30), 25, 1, 81, Category.TINGGI);
    }

    @Test
    public void halfPointTablesGiveHalfPointTotalsAndTheirCategory() {
        // D (pengawas, as in fungsionalAndPengawas) with S1 worth 17.5: 17.5 + 25 + VERY_GOOD 30 + NONE 5 = 77.5
        Map<String, String> p = RuleSet.defaultProperties();
        p.put("qualification.S1", "17.5");
        ProfessionalismIndex i = engine.professionalism(pengawas(), RuleSet.fromProperties(p));
        assertEquals(new BigDecimal("77.5"), i.total());
        assertEquals(Category.SEDANG, i.category());
        // S1 worth 20.5: 20.5 + 25 + 30 + 5 = 80.5, which has not reached Tinggi's 81: Sedang
        p.put("qualification.S1", "20.5");
        ProfessionalismIndex j = engine.professionalism(pengawas(), RuleSet.fromProperties(p));
        assertEquals(new BigDecimal("80.5"), j.total());
        assertEquals(Category.SEDANG, j.category());
        // Competency with 22.5 for leadership training: administrator 22.5 + 15 + 10 = 47.5, capped at 40
        p.put("competency.leadership.points", "22.5");
        assertEquals(BigDecimal.valueOf(40),
                engine.professionalism(administrator(), RuleSet.fromProperties(p)).competency().total());
    }

    @Test
    public void competencyIsCappedAtTheRuleSetMaximum() {
        Map<String, String> p = RuleSet.defaultProperties();
        p.put("competency.leadership.points", "20");
        // 20 + 15 + 10 = 45, capped at 40
        CompetencyPoints c = engine.professionalism(administrator(), RuleSet.fromProperties(p)).competency();
        assertEquals(BigDecimal.valueOf(20), c.positionTraining());
        assertEquals(BigDecimal.valueOf(40), c.total());
    }

    @Test
    public void unitDistribution() {
        // LD in 2024: A 95 ST, B 53 SR, C 70 R, D 75 S, F 81 T; E belongs to RP and 2023 facts are ignored
        List<ParticipantYear> facts = List.of(administrator(),
                facts("B", "LD", 2024, Education.S1, PositionType.PELAKSANA, PerformanceRating.GOOD,
                        DisciplineSanction.LIGHT, training(TrainingType.SEMINAR, 4, "2024-08-08")),
                fungsional(), pengawas(), doctor(),
                facts("E", "RP", 2024, Education.SMA, PositionType.PELAKSANA, PerformanceRating.GOOD,
                        DisciplineSanction.NONE),
                facts("A", "LD", 2023, Education.S2, PositionType.ADMINISTRATOR, PerformanceRating.GOOD,
                        DisciplineSanction.NONE));
        CategoryDistribution d = engine.unitDistribution("LD", 2024, facts, RuleSets.of(defaults));
        assertEquals(5, d.n());
        for (Category c : Category.values()) {
            assertEquals(c.name(), 1, d.count(c));
        }
        assertEquals(defaults.name(), d.ruleSet());
        assertEquals(List.of("A", "B", "C", "D", "F"), d.participants().stream().map(i -> i.participantId()).toList());
    }

    @Test
    public void trendShowsARuleSetChangeBetweenYears() {
        // The 2024 rule set (valid from 2024-07-01, hence for 2024) raises S1 to 20 and GOOD to 27.
        Map<String, String> p = RuleSet.defaultProperties();
        p.put("name", "IP ASN 2024");
        p.put("validFrom", "2024-07-01");
        p.put("qualification.S1", "20");
        p.put("performance.GOOD", "27");
        RuleSets sets = RuleSets.of(defaults, RuleSet.fromProperties(p));
        // X, S1 pengawas with PKP 2020, 20 JP technical in both 2023 and 2024, a seminar in 2023, GOOD, NONE:
        // competency 15 + 15 + 10 = 40 both years (for 2023 the 2024 course is in the future; for 2024 the 2023
        // course is outside the one-year window; the 2023 seminar is in both two-year windows).
        // 2023 (default rules): 15 + 40 + 25 + 5 = 85 Tinggi; 2024 (new rules): 20 + 40 + 27 + 5 = 92 Sangat Tinggi
        TrainingRecord[] history = { training(TrainingType.LEADERSHIP, 100, "2020-06-01", true, TrainingSource.EXTERNAL),
                training(TrainingType.TECHNICAL, 20, "2023-04-01"), training(TrainingType.TECHNICAL, 20, "2024-04-01"),
                training(TrainingType.SEMINAR, 8, "2023-08-01") };
        ParticipantYear x2023 = facts("X", "LD", 2023, Education.S1, PositionType.PENGAWAS, PerformanceRating.GOOD,
                DisciplineSanction.NONE, history);
        ParticipantYear x2024 = facts("X", "LD", 2024, Education.S1, PositionType.PENGAWAS, PerformanceRating.GOOD,
                DisciplineSanction.NONE, history);
        List<YearIndex> trend = engine.trend(List.of(x2024, x2023), sets);
        assertYear(trend.get(0), 2023, 1, 85, Category.TINGGI, "IP ASN PermenPAN-RB 38/2018 default");
        assertYear(trend.get(1), 2024, 1, 92, Category.SANGAT_TINGGI, "IP ASN 2024");
        assertEquals(LocalDate.of(2024, 7, 1), trend.get(1).ruleSetValidFrom());
        // Unit trend: Y (SMA pelaksana without training, GOOD, NONE: 5 + 0 + 25 + 5 = 35) joins X in 2023:
        // mean (85 + 35) / 2 = 60
        ParticipantYear y2023 = facts("Y", "LD", 2023, Education.SMA, PositionType.PELAKSANA, PerformanceRating.GOOD,
                DisciplineSanction.NONE);
        YearIndex unit2023 = engine.trend(List.of(x2023, y2023, x2024), sets).get(0);
        assertEquals(2, unit2023.n());
        assertEquals(60, unit2023.meanTotal(), 1e-12);
        assertEquals(1, unit2023.count(Category.TINGGI));
        assertEquals(1, unit2023.count(Category.SANGAT_RENDAH));
        assertEquals(0, unit2023.count(Category.SEDANG));
        // the per-participant call picks the same rule set by year
        assertEquals("IP ASN 2024", engine.professionalism(x2024, sets).ruleSet());
    }

    private static ParticipantYear fungsional() {
        return facts("C", "LD", 2024, Education.D3, PositionType.FUNGSIONAL, PerformanceRating.GOOD,
                DisciplineSanction.NONE, training(TrainingType.FUNCTIONAL, 60, "2021-03-01", true, TrainingSource.PEMBINA),
                training(TrainingType.TECHNICAL, 24, "2024-06-01"), training(TrainingType.SEMINAR, 8, "2022-11-30"));
    }

    private static ParticipantYear pengawas() {
        return facts("D", "LD", 2024, Education.S1, PositionType.PENGAWAS, PerformanceRating.VERY_GOOD,
                DisciplineSanction.NONE, training(TrainingType.LEADERSHIP, 200, "2022-05-01", false, TrainingSource.PEMBINA),
                training(TrainingType.TECHNICAL, 20, "2024-06-01"), training(TrainingType.SEMINAR, 8, "2024-01-02"));
    }

    private static ParticipantYear doctor() {
        return facts("F", "LD", 2024, Education.S3, PositionType.FUNGSIONAL, PerformanceRating.GOOD,
                DisciplineSanction.HEAVY, training(TrainingType.FUNCTIONAL, 60, "2020-03-01", true, TrainingSource.PEMBINA),
                training(TrainingType.TECHNICAL, 20, "2024-06-01"));
    }

    private static void assertIndex(ProfessionalismIndex i, int qualification, CompetencyPoints competency,
            int performance, int discipline, int total, Category category) {
        assertEquals(BigDecimal.valueOf(qualification), i.qualification());
        assertEquals(competency, i.competency());
        assertEquals(BigDecimal.valueOf(performance), i.performance());
        assertEquals(BigDecimal.valueOf(discipline), i.discipline());
        assertEquals(BigDecimal.valueOf(total), i.total());
        assertEquals(category, i.category());
    }

    /** Whole-point competency parts. */
    private static CompetencyPoints points(int position, int technical, int seminar, BigDecimal jp, int total) {
        return new CompetencyPoints(BigDecimal.valueOf(position), BigDecimal.valueOf(technical),
                BigDecimal.valueOf(seminar), jp, BigDecimal.valueOf(total));
    }

    private static void assertYear(YearIndex y, int year, int n, double mean, Category category, String ruleSet) {
        assertEquals(year, y.year());
        assertEquals(n, y.n());
        assertEquals(mean, y.meanTotal(), 1e-12);
        assertEquals(1, y.count(category));
        assertEquals(ruleSet, y.ruleSet());
    }
}
