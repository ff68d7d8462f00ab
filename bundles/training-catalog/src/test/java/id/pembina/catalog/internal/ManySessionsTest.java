package id.pembina.catalog.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static id.pembina.catalog.internal.Fixtures.at;
import static id.pembina.catalog.internal.Fixtures.config;
import static id.pembina.catalog.internal.Fixtures.module;
import static id.pembina.catalog.internal.Fixtures.program;
import static id.pembina.catalog.internal.Fixtures.service;
import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.SessionsAttended;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.internal.Fixtures.FakeRegistry;
import id.pembina.catalog.internal.Fixtures.TestClock;
import id.pembina.participant.api.Nip;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/** The set-based reads (sessions of many participants, enrollments and attendance of many sessions). */
@RunWith(Parameterized.class)
public class ManySessionsTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();

    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";
    private static final String RUDI = "197512012000121003";
    private static final String DEWI = "199507072020122001";
    private static final String EKO = "198801012010011002";

    private static final String PELAYANAN = "KOM-PELAYANAN"; // 12 JP
    private static final String TULIS = "KOM-TULIS";         // 8 JP

    private Fixtures.TestClock clock;
    private id.pembina.persistence.testing.TestDatabase db;
    private CatalogServiceImpl catalog;
    private long s1;
    private long s2;
    private long s3;

    /**
     * S1 PELAYANAN 1-2 Dec 2026, two meetings of 240 minutes: Budi, Siti, Rudi. S2 TULIS 10 Dec 2026,
     * capacity 1: Siti, then Dewi waitlisted. S3 PELAYANAN 5 Jan 2027: Eko.
     */
    @Before
    public void setUp() throws Exception {
        db = id.pembina.persistence.testing.TestDatabase.open(database);
        clock = new TestClock(NOW, Nip.WIB);
        FakeRegistry people = new FakeRegistry();
        for (String nip : List.of(BUDI, SITI, RUDI, DEWI, EKO)) {
            people.add(nip, "Peserta " + nip, true);
        }
        catalog = new CatalogServiceImpl(db.dataSource(), new LiquibaseSchemaMigrator(), people.registry(), null,
                config(45, "0.80"), clock);
        catalog.addModule(module("komunikasi-efektif", "1.0.0", program(PELAYANAN, 12, "1.0"),
                program(TULIS, 8, "1.0")), service(1));
        s1 = create(PELAYANAN, at(2026, 12, 1, 8, 0), at(2026, 12, 2, 12, 0), 30,
                new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0)),
                new Meeting(2, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0)));
        s2 = create(TULIS, at(2026, 12, 10, 8, 0), at(2026, 12, 10, 14, 0), 1);
        s3 = create(PELAYANAN, at(2027, 1, 5, 8, 0), at(2027, 1, 5, 16, 0), 30);
        for (String nip : List.of(BUDI, SITI, RUDI)) {
            enroll(s1, nip);
        }
        enroll(s2, SITI);
        enroll(s2, DEWI);
        enroll(s3, EKO);
        catalog.recordAttendance(s1, List.of(present(BUDI, 1), present(BUDI, 2), present(SITI, 1),
                new AttendanceMark(SITI, 2, false, AbsenceReason.WORKLOAD, null),
                new AttendanceMark(RUDI, 1, false, AbsenceReason.SICKNESS, null),
                new AttendanceMark(RUDI, 2, false, AbsenceReason.SICKNESS, null)));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    private long create(String code, LocalDateTime start, LocalDateTime end, int capacity, Meeting... meetings) {
        return catalog.createSession(TrainingSession.of(code, start, end, "Aula", null, capacity, List.of("Fasilitator"),
                List.of(), List.of(meetings))).id();
    }

    private void enroll(long session, String nip) {
        catalog.enroll(session, nip, EnrollmentStatus.REGISTERED, null, null);
    }

    private static AttendanceMark present(String nip, int meeting) {
        return new AttendanceMark(nip, meeting, true, null, null);
    }

    private List<TrainingSession> one(long... ids) {
        List<TrainingSession> out = new ArrayList<>();
        for (long id : ids) {
            out.add(catalog.session(id).orElseThrow());
        }
        return out;
    }

    @Test
    public void sessionsOfManyParticipantsAreTheirSessionsByStart() {
        // Siti: S1 and S2; Eko: S3; all three by start.
        assertEquals(one(s1, s2), catalog.sessionsOf(List.of(SITI), null, null));
        assertEquals(one(s1, s2, s3), catalog.sessionsOf(Arrays.asList("1990 0315 2019 03 2 002", EKO, null,
                "x\u0000", "198011112005011005"), null, null));
        // A waitlisted enrollment counts: Dewi is in S2 only.
        assertEquals(one(s2), catalog.sessionsOf(List.of(DEWI), null, null));
        // The period as in SessionQuery: 5-31 Dec 2026 holds S2 only; from 2 Dec S1 still takes place (ends 12:00).
        assertEquals(one(s2), catalog.sessionsOf(List.of(SITI, EKO), LocalDate.of(2026, 12, 5),
                LocalDate.of(2026, 12, 31)));
        assertEquals(one(s1, s2), catalog.sessionsOf(List.of(SITI, EKO), LocalDate.of(2026, 12, 2),
                LocalDate.of(2026, 12, 31)));
        assertEquals(one(s3), catalog.sessionsOf(List.of(SITI, EKO), LocalDate.of(2027, 1, 1), null));
        assertEquals(List.of(), catalog.sessionsOf(List.of(), null, null));
        // Computed fields as one session gives them: S2 has 1 registered and 1 waitlisted.
        TrainingSession two = catalog.sessionsOf(List.of(DEWI), null, null).get(0);
        assertEquals(Integer.valueOf(1), two.registered());
        assertEquals(Integer.valueOf(1), two.waitlisted());
    }

    @Test
    public void sessionsOfMoreParticipantsThanTheScanLimitAreTheSame() {
        // Beyond SCAN_ABOVE NIPs every enrollment is read once instead of IN lists: 10,001 made-up NIPs enrolled
        // nowhere, with Siti (S1, S2) and then Eko (S3) added, give what the look-up by IN lists gives.
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= SessionStore.SCAN_ABOVE; i++) {
            many.add(String.format("19700101%010d", i));
        }
        assertEquals(List.of(), catalog.sessionsOf(many, null, null));
        many.add(SITI);
        assertEquals(one(s1, s2), catalog.sessionsOf(many, null, null));
        many.add(EKO);
        assertEquals(catalog.sessionsOf(List.of(SITI, EKO), null, null), catalog.sessionsOf(many, null, null));
        assertEquals(one(s1, s2, s3), catalog.sessionsOf(many, null, null));
        assertEquals(one(s3), catalog.sessionsOf(many, LocalDate.of(2027, 1, 1), null));
    }

    @Test
    public void sessionsAttendedAreTheSessionsWithTheirSeatHoldersAndJpCredited() {
        // Siti and Eko are enrolled in S1, S2 and S3. Seat holders: S1 Budi and Siti (ATTENDED; Rudi, NO_SHOW, holds
        // none), S2 Siti (Dewi waits), S3 Eko. JP: S1 Budi 480 of 480 minutes = 12, Siti 240 of 480 (0.5 < 0.80) = 0;
        // in S2 and S3 nobody was present. Everyone's seats, not only Siti's and Eko's.
        SessionsAttended read = catalog.sessionsAttended(List.of(SITI, EKO), null, null);
        assertEquals(one(s1, s2, s3), read.sessions());
        assertEquals(Map.of(s1, List.of(BUDI, SITI), s2, List.of(SITI), s3, List.of(EKO)), read.seatHolders());
        assertEquals(Map.of(s1, Map.of(BUDI, 12, SITI, 0)), read.jpCredited());
        List<Long> ids = List.of(s1, s2, s3);
        assertEquals(catalog.sessionsOf(List.of(SITI, EKO), null, null), read.sessions());
        assertEquals(catalog.seatHolders(ids), read.seatHolders());
        assertEquals(catalog.jpCredited(ids), read.jpCredited());
        // The period as in sessionsOf: from 1 January 2027, S3 only, where nobody was present yet.
        SessionsAttended later = catalog.sessionsAttended(List.of(SITI, EKO), LocalDate.of(2027, 1, 1), null);
        assertEquals(one(s3), later.sessions());
        assertEquals(Map.of(s3, List.of(EKO)), later.seatHolders());
        assertEquals(Map.of(), later.jpCredited());
        // Up to 4 December 2026: S1 only (S2 is on 10 December).
        SessionsAttended early = catalog.sessionsAttended(List.of(SITI, EKO), null, LocalDate.of(2026, 12, 4));
        assertEquals(one(s1), early.sessions());
        assertEquals(Map.of(s1, List.of(BUDI, SITI)), early.seatHolders());
        assertEquals(Map.of(s1, Map.of(BUDI, 12, SITI, 0)), early.jpCredited());
        // Dewi waits in S2: its seats are Siti's; S2's seat counts are those of the session (1 taken, 1 waiting).
        SessionsAttended dewi = catalog.sessionsAttended(List.of(DEWI), null, null);
        assertEquals(one(s2), dewi.sessions());
        assertEquals(Integer.valueOf(1), dewi.sessions().get(0).registered());
        assertEquals(Integer.valueOf(1), dewi.sessions().get(0).waitlisted());
        assertEquals(Map.of(s2, List.of(SITI)), dewi.seatHolders());
        // Cancelled, Siti's marks in S1 no longer count and she holds no seat there.
        catalog.enroll(s1, SITI, EnrollmentStatus.CANCELLED, null, null);
        SessionsAttended cancelled = catalog.sessionsAttended(List.of(BUDI), null, null);
        assertEquals(Map.of(s1, List.of(BUDI)), cancelled.seatHolders());
        assertEquals(Map.of(s1, Map.of(BUDI, 12)), cancelled.jpCredited());
        assertEquals(catalog.jpCredited(List.of(s1)), cancelled.jpCredited());
        SessionsAttended none = catalog.sessionsAttended(Arrays.asList("x\u0000", null), null, null);
        assertEquals(List.of(), none.sessions());
        assertEquals(Map.of(), none.seatHolders());
        assertEquals(Map.of(), none.jpCredited());
    }

    @Test
    public void sessionsAttendedOfMoreParticipantsThanTheScanLimitAreTheSame() {
        // Beyond SCAN_ABOVE NIPs every enrollment is read once: 10,001 made-up NIPs enrolled nowhere with Siti and Eko
        // give what Siti and Eko alone give.
        List<String> many = new ArrayList<>();
        for (int i = 0; i <= Rolls.SCAN_ABOVE; i++) {
            many.add(String.format("19700101%010d", i));
        }
        SessionsAttended nobody = catalog.sessionsAttended(many, null, null);
        assertEquals(List.of(), nobody.sessions());
        assertEquals(Map.of(), nobody.seatHolders());
        many.add(SITI);
        many.add(EKO);
        SessionsAttended read = catalog.sessionsAttended(many, null, null);
        SessionsAttended few = catalog.sessionsAttended(List.of(SITI, EKO), null, null);
        assertEquals(one(s1, s2, s3), read.sessions());
        assertEquals(few.seatHolders(), read.seatHolders());
        assertEquals(few.jpCredited(), read.jpCredited());
        assertEquals(Map.of(s1, Map.of(BUDI, 12, SITI, 0)), read.jpCredited());
        assertEquals(one(s3), catalog.sessionsAttended(many, LocalDate.of(2027, 1, 1), null).sessions());
    }

    @Test
    public void enrollmentsOfManySessionsAreWhatEachSessionGives() {
        Map<Long, List<Enrollment>> expected = new LinkedHashMap<>();
        expected.put(s1, catalog.enrollments(s1));
        expected.put(s2, catalog.enrollments(s2));
        assertEquals(expected, catalog.enrollments(Arrays.asList(s1, s2, 999_999L, null)));
        // S2: Siti holds the seat, Dewi is first on the waitlist.
        List<Enrollment> two = catalog.enrollments(List.of(s2)).get(s2);
        assertEquals(List.of(SITI, DEWI), two.stream().map(Enrollment::nip).toList());
        assertEquals(Arrays.asList(null, 1), two.stream().map(Enrollment::waitlistPosition).toList());
        assertEquals(Map.of(), catalog.enrollments(List.of()));
    }

    @Test
    public void attendanceOfManySessionsIsWhatEachSessionGives() {
        Map<Long, List<AttendanceSummary>> many = catalog.attendance(Arrays.asList(s3, s1, 999_999L));
        assertEquals(Map.of(s1, catalog.attendance(s1), s3, catalog.attendance(s3)), many);
        // S1 by NIP: Rudi 0 of 2 meetings; Budi 2 of 2 = 480 of 480 minutes, ratio 1 >= 0.80: 12 JP;
        // Siti 1 of 2 = 240 of 480 minutes, ratio 0.5 < 0.80: 0 JP.
        // Absences by their recorded reason: Rudi 2 x SICKNESS, Siti 1 x WORKLOAD.
        assertEquals(List.of(new AttendanceSummary(RUDI, 0, 2, 0, 480, new BigDecimal("0.0000"), 0,
                Map.of(AbsenceReason.SICKNESS, 2)),
                new AttendanceSummary(BUDI, 2, 2, 480, 480, new BigDecimal("1.0000"), 12),
                new AttendanceSummary(SITI, 1, 2, 240, 480, new BigDecimal("0.5000"), 0,
                        Map.of(AbsenceReason.WORKLOAD, 1))), many.get(s1));
        // S3: Eko registered, no marks yet: 0 of 1 meeting of 480 minutes.
        assertEquals(List.of(new AttendanceSummary(EKO, 0, 1, 0, 480, new BigDecimal("0.0000"), 0)), many.get(s3));
        assertEquals(Map.of(), catalog.attendance(List.of()));
    }

    @Test
    public void seatHoldersOfManySessionsAreTheRegisteredAndAttendedByNip() {
        // S1: the marks made Budi and Siti ATTENDED (seats, in NIP order: 1986... before 1990...) and Rudi, absent
        // at both meetings, NO_SHOW (no seat); S2: Siti holds the seat, Dewi waits; S3: Eko, REGISTERED.
        // Unknown and null ids are left out.
        Map<Long, List<String>> expected = Map.of(s1, List.of(BUDI, SITI), s2, List.of(SITI), s3, List.of(EKO));
        assertEquals(expected, catalog.seatHolders(Arrays.asList(s1, s2, s3, 999_999L, null)));
        // NIP order, not status order: Eko (1988...), REGISTERED, comes between the ATTENDED Budi and Siti.
        enroll(s1, EKO);
        assertEquals(List.of(BUDI, EKO, SITI), catalog.seatHolders(List.of(s1)).get(s1));
        // A cancelled enrollment holds no seat; registered again, Rudi holds one (1975... first).
        catalog.enroll(s1, SITI, EnrollmentStatus.CANCELLED, null, null);
        catalog.enroll(s1, RUDI, EnrollmentStatus.REGISTERED, null, null);
        assertEquals(Map.of(s1, List.of(RUDI, BUDI, EKO), s3, List.of(EKO)), catalog.seatHolders(List.of(s1, s3)));
        assertEquals(Map.of(), catalog.seatHolders(List.of()));
    }

    @Test
    public void jpCreditedIsWhatTheAttendanceSummariesCredit() {
        // S1: Budi 480 of 480 minutes: 12 JP; Siti 240 of 480 (0.5 < 0.80): 0 JP; Rudi present at no meeting: absent.
        // S3: nobody present: absent.
        assertEquals(Map.of(s1, Map.of(BUDI, 12, SITI, 0)), catalog.jpCredited(Arrays.asList(s1, s3, 999_999L, null)));
        assertEquals(Map.of(), catalog.jpCredited(List.of()));
    }

    /**
     * Many sessions with meetings of odd lengths (seconds and microseconds: each meeting counts its whole minutes,
     * rounded down), marks at random, attendance exactly at the threshold, and enrollments changed after marking:
     * the database's sums credit what the summaries credit.
     */
    @Test
    public void jpCreditedMatchesTheSummariesOnManyRandomSessions() {
        java.util.Random random = new java.util.Random(20261130);
        List<String> nips = List.of(BUDI, SITI, RUDI, DEWI, EKO);
        List<Long> ids = new ArrayList<>();
        for (int k = 0; k < 30; k++) {
            int n = 1 + random.nextInt(5);
            List<Meeting> meetings = new ArrayList<>();
            LocalDateTime day = at(2026, 3, 2, 8, 0).plusDays(7L * k);
            for (int m = 1; m <= n; m++) {
                LocalDateTime start = day.plusDays(m - 1).plusSeconds(random.nextInt(120));
                // 60 minutes, or odd lengths with seconds and microseconds
                long seconds = k % 3 == 0 ? 3600 : 1800 + random.nextInt(7200);
                meetings.add(new Meeting(m, start, start.plusSeconds(seconds).plusNanos(1000L * random.nextInt(1_000_000))));
            }
            long id = create(k % 2 == 0 ? PELAYANAN : TULIS, meetings.get(0).start(), meetings.get(n - 1).end(), 30,
                    meetings.toArray(new Meeting[0]));
            ids.add(id);
            List<AttendanceMark> marks = new ArrayList<>();
            for (String nip : nips) {
                enroll(id, nip);
                for (int m = 1; m <= n; m++) {
                    if (random.nextInt(4) > 0) {
                        marks.add(new AttendanceMark(nip, m, random.nextInt(5) > 0, null, null));
                    }
                }
            }
            catalog.recordAttendance(id, marks);
            // Changed after marking: one attended, one cancelled (no longer summarised), one no-show (summarised).
            catalog.enroll(id, nips.get(k % 5), EnrollmentStatus.ATTENDED, null, null);
            catalog.enroll(id, nips.get((k + 1) % 5), EnrollmentStatus.CANCELLED, null, null);
            catalog.enroll(id, nips.get((k + 2) % 5), EnrollmentStatus.NO_SHOW, null, null);
        }
        // At the threshold exactly: 5 meetings of 60 minutes, present at 4: 240 >= 0.80 x 300 credits the JP.
        List<Meeting> five = new ArrayList<>();
        for (int m = 1; m <= 5; m++) {
            five.add(new Meeting(m, at(2026, 10, m, 8, 0), at(2026, 10, m, 9, 0)));
        }
        long edge = create(PELAYANAN, five.get(0).start(), five.get(4).end(), 30, five.toArray(new Meeting[0]));
        ids.add(edge);
        enroll(edge, BUDI);
        enroll(edge, SITI);
        catalog.recordAttendance(edge, List.of(present(BUDI, 1), present(BUDI, 2), present(BUDI, 3), present(BUDI, 4),
                present(SITI, 1), present(SITI, 2), present(SITI, 3)));
        // Each meeting counts its whole minutes: 4 min 0 s and 1 min 59 s are 4 + 1 = 5 minutes; Budi, present at
        // the first only, has 4 of 5 = 0.80: 8 JP. (In exact seconds it would be 240 of 359, 0.67: no JP.)
        long brief = create(TULIS, at(2026, 11, 2, 8, 0), at(2026, 11, 3, 8, 2), 30,
                new Meeting(1, at(2026, 11, 2, 8, 0), at(2026, 11, 2, 8, 4)),
                new Meeting(2, at(2026, 11, 3, 8, 0), at(2026, 11, 3, 8, 1).plusSeconds(59)));
        ids.add(brief);
        enroll(brief, BUDI);
        catalog.recordAttendance(brief, List.of(present(BUDI, 1)));
        assertEquals(Map.of(BUDI, 8), catalog.jpCredited(List.of(brief)).get(brief));
        // The threshold rounded up in whole minutes: meetings of 2 and 1 minutes; present at the 2-minute one is
        // 2 of 3 minutes, short of 0.80 x 3 = 2.4 (so at least 3 whole minutes): no JP.
        long tiny = create(TULIS, at(2026, 11, 9, 8, 0), at(2026, 11, 10, 8, 1), 30,
                new Meeting(1, at(2026, 11, 9, 8, 0), at(2026, 11, 9, 8, 2)),
                new Meeting(2, at(2026, 11, 10, 8, 0), at(2026, 11, 10, 8, 1)));
        ids.add(tiny);
        enroll(tiny, SITI);
        catalog.recordAttendance(tiny, List.of(present(SITI, 1)));
        assertEquals(Map.of(SITI, 0), catalog.jpCredited(List.of(tiny)).get(tiny));
        // Marks of a meeting dropped later do not count: three meetings of 60 minutes, Eko present at 1 and 3; the
        // session is then changed to meetings 1 and 2, leaving him 60 of 120 minutes (0.5): no JP. (Counting the
        // mark of the dropped meeting 3 would give 120 of 120: 8 JP.)
        Meeting[] three = { new Meeting(1, at(2027, 2, 1, 8, 0), at(2027, 2, 1, 9, 0)),
            new Meeting(2, at(2027, 2, 2, 8, 0), at(2027, 2, 2, 9, 0)),
            new Meeting(3, at(2027, 2, 3, 8, 0), at(2027, 2, 3, 9, 0)) };
        long dropped = create(TULIS, three[0].start(), three[2].end(), 30, three);
        ids.add(dropped);
        enroll(dropped, EKO);
        catalog.recordAttendance(dropped, List.of(present(EKO, 1), present(EKO, 3)));
        assertEquals(Map.of(EKO, 0), catalog.jpCredited(List.of(dropped)).get(dropped)); // 120 of 180 minutes: 0.67
        catalog.updateSession(dropped, TrainingSession.of(TULIS, three[0].start(), three[1].end(), "Aula", null, 30,
                List.of("Fasilitator"), List.of(), List.of(three[0], three[1])));
        assertEquals(Map.of(EKO, 0), catalog.jpCredited(List.of(dropped)).get(dropped));

        Map<Long, Map<String, Integer>> expected = new LinkedHashMap<>();
        int credited = 0;
        for (Map.Entry<Long, List<AttendanceSummary>> e : catalog.attendance(ids).entrySet()) {
            Map<String, Integer> of = new java.util.TreeMap<>();
            for (AttendanceSummary a : e.getValue()) {
                if (a.meetingsPresent() > 0) {
                    of.put(a.nip(), a.jpCredited());
                    credited += a.jpCredited() > 0 ? 1 : 0;
                }
            }
            if (!of.isEmpty()) {
                expected.put(e.getKey(), of);
            }
        }
        assertEquals(expected, catalog.jpCredited(ids));
        // Read with the sessions of all five: the random sessions (with their no-shows present at meetings, their
        // cancelled enrollments' marks, seats of three or four NIPs) give the same seats and JP.
        SessionsAttended all = catalog.sessionsAttended(nips, null, null);
        List<Long> allIds = all.sessions().stream().map(TrainingSession::id).toList();
        org.junit.Assert.assertTrue(allIds.containsAll(ids));
        assertEquals(catalog.jpCredited(allIds), all.jpCredited());
        assertEquals(catalog.seatHolders(allIds), all.seatHolders());
        Map<Long, Map<String, Integer>> ofThese = new java.util.HashMap<>(all.jpCredited());
        ofThese.keySet().retainAll(ids);
        assertEquals(expected, ofThese);
        // Budi 240 of 300 minutes: 12 JP; Siti 180 of 300 (0.6): 0 JP.
        assertEquals(Map.of(BUDI, 12, SITI, 0), catalog.jpCredited(List.of(edge)).get(edge));
        // The comparison means something: both credited and uncredited participants occur.
        org.junit.Assert.assertTrue("credited " + credited, credited > 10);
        org.junit.Assert.assertTrue(expected.values().stream().anyMatch(m -> m.containsValue(0)));
    }
}
