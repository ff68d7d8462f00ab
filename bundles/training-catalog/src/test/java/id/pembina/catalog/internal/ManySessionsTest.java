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
}
