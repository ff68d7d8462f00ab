package id.pembina.evaluation.shell.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.catalog.api.DeliveryMode;
import id.pembina.evaluation.api.BehaviourIndicator;
import id.pembina.evaluation.api.BehaviourRating;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.api.Phase;
import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.ActionStatus;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IkmAnswer;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;

/** What the commands for the seed's figures read from their arguments and print. */
public class SeedCommandsTest {

    private static final String ANA = "198609262015051001";
    private static final EvaluationEngine ENGINE = Evaluations.engine();
    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.evaluation.shell.internal.texts", SeedCommandsTest.class.getClassLoader()),
            new BundleMessages("id.pembina.evaluation.data.internal.messages", SeedCommandsTest.class.getClassLoader())));

    @Test
    public void selfAssessmentArguments() {
        SelfAssessmentAddCommand c = new SelfAssessmentAddCommand();
        c.session = 7;
        c.nip = ANA;
        c.phase = "after";
        c.ratings = List.of("b1=3", "b2=4");
        assertEquals(new FollowUpSubmission(7L, ANA, null, FollowUpPhase.AFTER, null, null, Map.of("b1", 3, "b2", 4)),
                c.submission());
        c.ratings = List.of("b1:3");
        assertEquals(List.of(FieldError.of("ratings", "evaluation.console.invalid", "b1:3")),
                assertThrows(ValidationException.class, c::submission).errors());
    }

    @Test
    public void deliveryGroupsSideBySide() {
        DeliveryComparison c = new DeliveryComparison("MW", null, null, List.of(
                new DeliveryComparison.Group(DeliveryMode.CLASSROOM, 1, 1, 2, 0.8, GainBand.HIGH, 2, 0.75, 0.5, 2, 1,
                        0.5, new BigDecimal("3000000.00"), 12, new BigDecimal("250000.00")),
                new DeliveryComparison.Group(DeliveryMode.E_LEARNING, 1, 1, 0, null, null, 0, null, null, 1, 1, 1.0,
                        new BigDecimal("400000.00"), 4, new BigDecimal("100000.00"))));
        assertEquals(List.of(
                "cara/mode   sesi kursi  n L2    <g>       n L3   Δ L3  hadir          Rp/JP",
                "CLASSROOM      1     1     2   0.80   H      2   0.75    50%      250000.00",
                "E_LEARNING     1     1     0      -   -      0      -   100%      100000.00"),
                DeliveryCompareCommand.lines(c));
    }

    @Test
    public void ikmAnswerAndLine() {
        IkmAnswer a = IkmCommand.answer("R1", List.of("4", "4", "4", "4", "4", "4", "4", "4", "4"));
        assertEquals(List.of(4, 4, 4, 4, 4, 4, 4, 4, 4), a.ratings());
        assertThrows(ValidationException.class, () -> IkmCommand.answer("R1", List.of("empat")));
        // 3.5 on every element x 25 = 87.50, B
        IkmSurvey s = new IkmSurvey("KEL-A", "2026-01", ENGINE.ikm(List.of(
                new IkmResponse("R1", List.of(4, 4, 4, 4, 4, 4, 4, 4, 4)),
                new IkmResponse("R2", List.of(3, 3, 3, 3, 3, 3, 3, 3, 3)))));
        assertEquals("KEL-A 2026-01 n=2 IKM 87.50 B", IkmCommand.line(s));
    }

    @Test
    public void recommendationsAndActionsInBothLanguages() {
        Instant at = Instant.parse("2026-11-27T03:00:00Z");
        ProgramAction done = new ProgramAction(3, "MW", "LOW_GAIN", "Ganti studi kasus", ActionStatus.DONE,
                "Kasubbag Umum", LocalDate.of(2027, 3, 31), at, at, at);
        assertEquals(List.of("- Gain kelas 0.25, di bawah 0.30 (rendah, Hake): perbaiki materi dan metode pembelajaran"
                + " / The class gain is 0.25, below 0.30 (low, Hake): revise the material and the learning methods",
                "#3 [DONE] Kasubbag Umum, 2027-03-31 (LOW_GAIN): Ganti studi kasus"),
                RecommendationsCommand.lines(List.of(new Recommendation(Recommendation.Kind.LOW_GAIN, null, 0.25, 0.3,
                        "evaluation.rec.gain")), List.of(done), MESSAGES));
        // changing an action keeps what is not given
        ActionCommand c = new ActionCommand();
        c.status = "in_progress";
        assertEquals(new ActionInput("LOW_GAIN", "Ganti studi kasus", ActionStatus.IN_PROGRESS, "Kasubbag Umum",
                LocalDate.of(2027, 3, 31)), c.input(done));
        c.due = "31-03-2027";
        assertEquals(List.of(FieldError.of("due", "invalidDate", "31-03-2027")),
                assertThrows(ValidationException.class, () -> c.input(done)).errors());
    }

    @Test
    public void selfAssessmentBesideTheSupervisorsAndTimeAway() {
        var indicators = List.of(new BehaviourIndicator("b1", "Rencana kerja harian"));
        // supervisors: 4, 2 -> mean 3.0, 1 of 2 applying; the participants themselves: 4, 3 -> 3.5, 2 of 2
        var supervisor = ENGINE.behaviour(indicators, List.of(new BehaviourRating("a", "b1", Phase.AFTER, 4),
                new BehaviourRating("b", "b1", Phase.AFTER, 2)), 2);
        var self = ENGINE.behaviour(indicators, List.of(new BehaviourRating("a", "b1", Phase.AFTER, 4),
                new BehaviourRating("b", "b1", Phase.AFTER, 3)), 2);
        var roi = ENGINE.roi(List.of(new id.pembina.evaluation.api.CostLine("Honor", new BigDecimal("3729000"))),
                new BigDecimal("4374000"));
        TimeAwayCost time = new TimeAwayCost(2, 0, new BigDecimal("18.00"), new BigDecimal("729000.00"), List.of());
        LevelResults l = new LevelResults(0, null, 0, 0, null, null, supervisor, null, roi, null, List.of(), self,
                time, true);
        List<String> lines = EvaluateCommand.lines(l);
        assertEquals(List.of(
                "L5 ROI                       biaya/costs Rp3729000, manfaat/benefits Rp4374000, ROI 17.30%, BCR 1.17 (fully loaded)",
                "Waktu tugas / Time away      2 kursi/seats, 18.00 jam/hours, Rp729000.00 (dalam/in ROI)",
                "L3 Penilaian diri / Self     penilaian menerapkan/ratings applying 100% (atasan/supervisor 50%), respons/response 100%",
                "  b1                         atasan/supervisor 3.00  diri/self 3.50"),
                lines.subList(lines.size() - 4, lines.size()));
    }
}
