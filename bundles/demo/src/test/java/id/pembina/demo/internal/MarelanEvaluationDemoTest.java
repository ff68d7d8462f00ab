package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.demo.internal.MarelanEvaluationDemo.EnrollmentPlan;
import id.pembina.demo.internal.MarelanEvaluationDemo.FollowUpPlan;
import id.pembina.demo.internal.MarelanEvaluationDemo.Instruments;
import id.pembina.demo.internal.MarelanEvaluationDemo.Plan;
import id.pembina.demo.internal.MarelanEvaluationDemo.SessionPlan;
import id.pembina.evaluation.api.DisciplineSanction;
import id.pembina.evaluation.api.PerformanceRating;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.module.etika.internal.EtikaIntegritasModule;
import id.pembina.module.komunikasi.internal.KomunikasiEfektifModule;
import id.pembina.module.manajemenwaktu.internal.ManajemenWaktuModule;
import id.pembina.module.teknologi.internal.TeknologiInformasiModule;
import id.pembina.participant.api.Participant;

/** The plan of the evaluation demo, against the instruments of the four real seed modules. */
public class MarelanEvaluationDemoTest {

    /** The day the demo should lie before. */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 27);

    private static MarelanDemoData data;
    private static Map<String, Instruments> instruments;
    private static Plan plan;
    private static Map<String, Participant> participants;

    @BeforeClass
    public static void generate() {
        data = MarelanDemoData.generate(TODAY);
        instruments = instruments();
        plan = MarelanEvaluationDemo.plan(data, instruments);
        participants = data.participants().stream().collect(Collectors.toMap(Participant::nip, p -> p));
    }

    static Map<String, Instruments> instruments() {
        Map<String, Instruments> out = new LinkedHashMap<>();
        for (TrainingModule m : List.of(new KomunikasiEfektifModule(), new TeknologiInformasiModule(),
                new ManajemenWaktuModule(), new EtikaIntegritasModule())) {
            m.programs().forEach(d -> out.put(d.code(), Instruments.of(d)));
        }
        return out;
    }

    @Test
    public void thePlanIsDeterministic() {
        Plan again = MarelanEvaluationDemo.plan(MarelanDemoData.generate(TODAY), instruments());
        assertEquals(plan, again);
        assertEquals(plan.hashCode(), again.hashCode());
    }

    @Test
    public void twoSessionsPerSeedProgrammeInThePastOf2026() {
        assertEquals(8, plan.sessions().size());
        Map<String, Long> perProgram = plan.sessions().stream()
                .collect(Collectors.groupingBy(SessionPlan::programCode, Collectors.counting()));
        assertEquals(Map.of("KOM-PELAYANAN", 2L, "TI-PELAYANAN", 2L, "MANWAKTU", 2L, "ETIKA-ASN", 2L), perProgram);
        for (SessionPlan s : plan.sessions()) {
            var session = s.session();
            assertTrue(s.key(), session.start().isAfter(LocalDateTime.of(2026, 2, 1, 0, 0)));
            assertTrue(s.key(), session.end().isBefore(LocalDateTime.of(2026, 10, 1, 0, 0)));
            // The AFTER follow-up lies in the past too.
            assertTrue(s.key(), session.end().toLocalDate().plusWeeks(MarelanEvaluationDemo.FOLLOW_UP_WEEKS)
                    .isBefore(TODAY));
            assertTrue(s.key(), session.capacity() >= 25 && session.capacity() <= 30);
            assertTrue(s.key(), session.venue().contains("Marelan"));
            assertFalse(s.key(), session.facilitators().isEmpty());
            assertTrue(s.key(), session.costs().size() >= 4);
            for (CostLine c : session.costs()) {
                assertTrue(c.amount().signum() > 0 && c.amount().scale() <= 2);
            }
            // The schedule holds the programme's JP (45 minutes each), meetings inside the session.
            long minutes = 0;
            for (Meeting m : session.meetings()) {
                assertFalse(m.start().isBefore(session.start()));
                assertFalse(m.end().isAfter(session.end()));
                minutes += java.time.Duration.between(m.start(), m.end()).toMinutes();
            }
            assertEquals(s.key(), instruments.get(s.programCode()).jp(), minutes / 45);
            assertEquals(1, s.benefits().size());
            assertTrue(s.benefits().get(0).amount().signum() > 0);
        }
    }

    @Test
    public void noParticipantHoldsTwoSessionsAtOnce() {
        Map<String, List<SessionPlan>> byNip = new HashMap<>();
        for (SessionPlan s : plan.sessions()) {
            for (EnrollmentPlan e : s.enrollments()) {
                byNip.computeIfAbsent(e.nip(), k -> new ArrayList<>()).add(s);
            }
        }
        int inSeveral = 0;
        for (Map.Entry<String, List<SessionPlan>> e : byNip.entrySet()) {
            List<SessionPlan> list = e.getValue();
            inSeveral += list.size() > 1 ? 1 : 0;
            for (int i = 0; i < list.size(); i++) {
                for (int j = i + 1; j < list.size(); j++) {
                    var a = list.get(i).session();
                    var b = list.get(j).session();
                    assertFalse(e.getKey() + " in " + list.get(i).key() + " and " + list.get(j).key(),
                            a.start().isBefore(b.end()) && b.start().isBefore(a.end()));
                    assertFalse("the same programme twice: " + e.getKey(),
                            a.programCode().equals(b.programCode()));
                }
            }
        }
        assertTrue("some participants take several programmes", inSeveral > 20);
    }

    @Test
    public void enrollmentsCancellationsAndAttendance() {
        Map<AbsenceReason, Integer> cancelReasons = new EnumMap<>(AbsenceReason.class);
        int seated = 0;
        int fullEnough = 0;
        int noShows = 0;
        for (SessionPlan s : plan.sessions()) {
            int enrolled = s.enrollments().size();
            assertTrue(s.key() + " " + enrolled, enrolled >= 20 && enrolled <= 30);
            assertTrue(s.key(), enrolled <= s.session().capacity());
            assertEquals(enrolled, s.enrollments().stream().map(EnrollmentPlan::nip).distinct().count());
            long cancelled = s.enrollments().stream().filter(EnrollmentPlan::cancelled).count();
            assertTrue(s.key(), cancelled >= 1 && cancelled <= 3);
            s.enrollments().stream().filter(EnrollmentPlan::cancelled).forEach(e -> {
                cancelReasons.merge(e.cancelReason(), 1, Integer::sum);
                assertNotNull(e.note());
            });
            Set<String> seats = seats(s);
            int meetings = s.session().meetings().size();
            assertEquals(s.key(), seats.size() * meetings, s.attendance().size());
            Map<String, Integer> present = new HashMap<>();
            for (AttendanceMark m : s.attendance()) {
                assertTrue(seats.contains(m.nip()));
                assertTrue(m.meeting() >= 1 && m.meeting() <= meetings);
                assertEquals(m.present(), m.absenceReason() == null);
                present.merge(m.nip(), m.present() ? 1 : 0, Integer::sum);
            }
            for (int count : present.values()) {
                seated++;
                fullEnough += count * 5 >= meetings * 4 ? 1 : 0;
                noShows += count == 0 ? 1 : 0;
            }
        }
        int workload = cancelReasons.getOrDefault(AbsenceReason.WORKLOAD, 0);
        for (Map.Entry<AbsenceReason, Integer> e : cancelReasons.entrySet()) {
            assertTrue("workload is the most common reason: " + cancelReasons, workload >= e.getValue());
        }
        double share = (double) fullEnough / seated;
        assertTrue("most attend at least 80%: " + share, share >= 0.8 && share < 1.0);
        assertTrue(noShows >= 1);
    }

    @Test
    public void everyAnswerIsInRangeAndNamesTheCurrentVersion() {
        for (SessionPlan s : plan.sessions()) {
            Instruments ins = instruments.get(s.programCode());
            Set<String> attended = attended(s);
            List<String> likertItems = ins.reaction().items().stream().map(ReactionQuestionnaire.LikertItem::id).toList();
            for (ReactionSubmission r : s.reactions()) {
                assertEquals(ins.reaction().version(), r.version());
                assertTrue(attended.contains(r.nip()));
                assertEquals(new HashSet<>(likertItems), r.values().keySet());
                r.values().values().forEach(v -> assertTrue(v >= 1 && v <= 5));
            }
            for (List<TestSubmission> tests : List.of(s.preTests(), s.postTests())) {
                assertEquals(tests.size(), tests.stream().map(TestSubmission::nip).distinct().count());
                for (TestSubmission t : tests) {
                    assertEquals(ins.knowledgeTest().version(), t.version());
                    assertTrue(attended.contains(t.nip()));
                    assertEquals(ins.knowledgeTest().items().size(), t.choices().size());
                    for (KnowledgeTest.TestItem item : ins.knowledgeTest().items()) {
                        Integer c = t.choices().get(item.id());
                        assertNotNull(c);
                        assertTrue(c >= 0 && c < item.options().size());
                    }
                }
            }
            Set<String> withPre = s.preTests().stream().map(TestSubmission::nip).collect(Collectors.toSet());
            s.postTests().forEach(t -> assertTrue("post-test without pre-test", withPre.contains(t.nip())));
            Set<String> indicators = ins.behaviour().indicators().stream().map(BehaviourChecklist.BehaviourIndicator::id)
                    .collect(Collectors.toSet());
            for (FollowUpPlan f : s.followUps()) {
                assertEquals(ins.behaviour().version(), f.version());
                assertTrue(attended.contains(f.nip()));
                assertEquals(indicators, f.ratings().keySet());
                f.ratings().values().forEach(v -> assertTrue(v >= 1 && v <= 4));
                if (f.phase() == FollowUpPhase.AFTER) {
                    assertEquals(Integer.valueOf(12), f.weeksAfterSession());
                } else {
                    assertNull(f.weeksAfterSession());
                }
            }
        }
    }

    @Test
    public void followUpsAreByTheParticipantsSupervisors() {
        int attendedWithSupervisor = 0;
        int rated = 0;
        for (SessionPlan s : plan.sessions()) {
            for (FollowUpPlan f : s.followUps()) {
                assertNotNull(f.supervisorNip());
                assertEquals(participants.get(f.nip()).supervisorNip(), f.supervisorNip());
            }
            Set<String> baseline = s.followUps().stream().filter(f -> f.phase() == FollowUpPhase.BASELINE)
                    .map(FollowUpPlan::nip).collect(Collectors.toSet());
            Set<String> after = s.followUps().stream().filter(f -> f.phase() == FollowUpPhase.AFTER)
                    .map(FollowUpPlan::nip).collect(Collectors.toSet());
            assertEquals(baseline, after);
            rated += after.size();
            attendedWithSupervisor += (int) attended(s).stream()
                    .filter(n -> participants.get(n).supervisorNip() != null).count();
        }
        double rate = (double) rated / attendedWithSupervisor;
        assertTrue("response rate about 80%: " + rate, rate > 0.7 && rate < 0.92);
    }

    @Test
    public void reactionsAreMostlyFavourableWithWeakerItems() {
        for (String code : MarelanEvaluationDemo.PROGRAMS) {
            Map<String, double[]> sums = new LinkedHashMap<>();
            int favourable = 0;
            int answers = 0;
            for (SessionPlan s : plan.sessions()) {
                if (!s.programCode().equals(code)) {
                    continue;
                }
                for (ReactionSubmission r : s.reactions()) {
                    for (Map.Entry<String, Integer> e : r.values().entrySet()) {
                        double[] sum = sums.computeIfAbsent(e.getKey(), k -> new double[2]);
                        sum[0] += e.getValue();
                        sum[1]++;
                        favourable += e.getValue() >= 4 ? 1 : 0;
                        answers++;
                    }
                }
            }
            long weak = sums.values().stream().filter(s -> s[0] / s[1] < 3.5).count();
            assertTrue(code + " has one or two improvement points: " + weak, weak >= 1 && weak <= 2);
            assertTrue(code + " mostly 4-5", (double) favourable / answers > 0.7);
        }
    }

    @Test
    public void postTestsScoreHigherWithAMediumGain() {
        for (String code : MarelanEvaluationDemo.PROGRAMS) {
            Instruments ins = instruments.get(code);
            double pre = 0;
            double post = 0;
            int n = 0;
            for (SessionPlan s : plan.sessions()) {
                if (!s.programCode().equals(code)) {
                    continue;
                }
                Map<String, TestSubmission> pres = s.preTests().stream()
                        .collect(Collectors.toMap(TestSubmission::nip, t -> t));
                for (TestSubmission t : s.postTests()) {
                    pre += percent(ins.knowledgeTest(), pres.get(t.nip()));
                    post += percent(ins.knowledgeTest(), t);
                    n++;
                }
            }
            pre /= n;
            post /= n;
            double gain = (post - pre) / (100 - pre);
            assertTrue(code + " gain " + gain + " pre " + pre + " post " + post, gain >= 0.3 && gain <= 0.7);
        }
    }

    @Test
    public void indicatorsHaveTreatedAndComparisonUnitsBeforeAndAfter() {
        Map<String, Set<String>> trainedUnits = new HashMap<>();
        for (SessionPlan s : plan.sessions()) {
            for (EnrollmentPlan e : s.enrollments()) {
                trainedUnits.computeIfAbsent(s.programCode(), k -> new HashSet<>())
                        .add(participants.get(e.nip()).unitCode());
            }
        }
        YearMonth lastComplete = YearMonth.from(TODAY).minusMonths(1);
        for (String code : MarelanEvaluationDemo.PROGRAMS) {
            List<IndicatorEntry> entries = plan.indicators().stream().filter(e -> e.programCode().equals(code)).toList();
            Set<String> comparison = entries.stream().filter(IndicatorEntry::comparison).map(IndicatorEntry::unitCode)
                    .collect(Collectors.toSet());
            Set<String> treated = entries.stream().filter(e -> !e.comparison()).map(IndicatorEntry::unitCode)
                    .collect(Collectors.toSet());
            assertEquals(code, 1, comparison.size());
            assertTrue(code, treated.size() >= 3);
            assertTrue(code + ": measured units were trained", trainedUnits.get(code).containsAll(treated));
            for (String unit : comparison) {
                assertFalse(code + ": the comparison unit " + unit + " had no training",
                        trainedUnits.get(code).contains(unit));
            }
            Set<String> ids = instruments.get(code).results().stream().map(r -> r.id()).collect(Collectors.toSet());
            for (IndicatorEntry e : entries) {
                assertTrue(ids.contains(e.indicatorId()));
                assertFalse(YearMonth.parse(e.period()).isAfter(lastComplete));
                assertTrue(e.value().signum() >= 0 && e.value().scale() <= 4);
            }
            assertTrue(entries.stream().anyMatch(e -> e.phase() == IndicatorPhase.BEFORE));
            assertTrue(entries.stream().anyMatch(e -> e.phase() == IndicatorPhase.AFTER));
            assertEquals(entries.size(), entries.stream().map(e -> e.unitCode() + e.indicatorId() + e.period()
                    + e.phase()).distinct().count());
        }
    }

    @Test
    public void yearFactsForEveryoneAndSomeExternalTraining() {
        for (int year : new int[] {2025, 2026}) {
            List<YearFacts> facts = plan.yearFacts().stream().filter(f -> f.year() == year).toList();
            assertEquals(300, facts.size());
            assertEquals(participants.keySet(), facts.stream().map(YearFacts::nip).collect(Collectors.toSet()));
            long good = facts.stream().filter(f -> f.performance() == PerformanceRating.GOOD
                    || f.performance() == PerformanceRating.VERY_GOOD).count();
            assertTrue(good > 240);
            long sanctions = facts.stream().filter(f -> f.discipline() != DisciplineSanction.NONE).count();
            assertTrue(sanctions >= 3 && sanctions <= 30);
        }
        List<ExternalTraining> ext = plan.externalTrainings();
        assertTrue(ext.size() > 100);
        assertEquals(ext.size(), ext.stream().map(ExternalTraining::certificateNumber).distinct().count());
        for (ExternalTraining t : ext) {
            assertTrue(participants.containsKey(t.nip()));
            assertTrue(t.date().isBefore(TODAY));
            assertTrue(t.jp().signum() > 0);
        }
    }

    private static double percent(KnowledgeTest test, TestSubmission t) {
        int score = 0;
        for (KnowledgeTest.TestItem item : test.items()) {
            if (t.choices().get(item.id()) == item.answerIndex()) {
                score += item.points();
            }
        }
        return 100.0 * score / test.maxPoints();
    }

    private static Set<String> seats(SessionPlan s) {
        return s.enrollments().stream().filter(e -> !e.cancelled()).map(EnrollmentPlan::nip).collect(Collectors.toSet());
    }

    /** Seat holders present at a meeting at least. */
    private static Set<String> attended(SessionPlan s) {
        return s.attendance().stream().filter(AttendanceMark::present).map(AttendanceMark::nip)
                .collect(Collectors.toSet());
    }
}
