package id.pembina.catalog.internal;

import static id.pembina.catalog.internal.Fixtures.at;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.FieldError;

/** The pure rules of sessions, seats and attendance. */
public class SessionRulesTest {

    private static final String NIP = "198609262015051001";
    private static final BigDecimal THRESHOLD = new BigDecimal("0.80");

    private static final LocalDateTime START = at(2026, 12, 1, 8, 0);
    private static final LocalDateTime END = at(2026, 12, 3, 16, 0);

    private static TrainingSession session(LocalDateTime start, LocalDateTime end, Integer capacity, String venue,
            String link, List<CostLine> costs, List<Meeting> meetings) {
        return new TrainingSession(null, "KOM-PELAYANAN", start, end, venue, link, capacity,
                List.of("Drs. Ahmad Siregar"), costs, meetings, null, null, null, null, null);
    }

    private static TrainingSession withCapacity(Integer capacity) {
        return session(START, END, capacity, "Aula Kantor Camat Medan Marelan", null, List.of(), List.of());
    }

    private static TrainingSession withMeetings(Meeting... meetings) {
        return session(START, END, 30, "Aula Kantor Camat Medan Marelan", null, List.of(), List.of(meetings));
    }

    private static TrainingSession withCost(String amount) {
        return session(START, END, 30, "Aula", null,
                List.of(new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal(amount))), List.of());
    }

    private static List<FieldError> errors(TrainingSession s) {
        List<FieldError> errors = new ArrayList<>();
        List<Meeting> meetings = SessionRules.validate(s, errors);
        if (!errors.isEmpty()) {
            assertNull("meetings are null when errors were found", meetings);
        }
        return errors;
    }

    private static FieldError error(String field, String code, Object... args) {
        return FieldError.of(field, code, args);
    }

    // ---- validate ----

    @Test
    public void validSessionWithoutMeetingsIsOneMeetingFromStartToEnd() {
        List<FieldError> errors = new ArrayList<>();
        List<Meeting> meetings = SessionRules.validate(withCapacity(30), errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(new Meeting(1, START, END)), meetings);
    }

    @Test
    public void sessionsLieBetween2000And2100AndLastAtMostAYear() {
        List<FieldError> errors = new ArrayList<>();
        assertNull(SessionRules.validate(session(LocalDateTime.of(1, 1, 1, 0, 0), LocalDateTime.of(999999999, 12, 31, 0, 0), 30,
                "Aula", null, List.of(), List.of()), errors));
        assertEquals(List.of(FieldError.of("start", "session.yearRange", 2000, 2100),
                FieldError.of("end", "session.yearRange", 2000, 2100), FieldError.of("end", "session.tooLong", 366)), errors);

        List<FieldError> year = new ArrayList<>();
        assertNull(SessionRules.validate(session(LocalDateTime.of(2026, 1, 1, 8, 0), LocalDateTime.of(2027, 1, 3, 8, 0), 30,
                "Aula", null, List.of(), List.of()), year));
        assertEquals(List.of(FieldError.of("end", "session.tooLong", 366)), year);
        // exactly 366 days is allowed
        assertEquals(1, SessionRules.validate(session(LocalDateTime.of(2026, 1, 1, 8, 0), LocalDateTime.of(2027, 1, 2, 8, 0), 30,
                "Aula", null, List.of(), List.of()), new ArrayList<>()).size());
    }

    @Test
    public void endMustBeAfterStart() {
        assertEquals(List.of(error("end", "session.endBeforeStart")),
                errors(session(END, START, 30, "Aula", null, List.of(), List.of())));
        assertEquals(List.of(error("end", "session.endBeforeStart")),
                errors(session(START, START, 30, "Aula", null, List.of(), List.of())));
    }

    @Test
    public void requiredFields() {
        TrainingSession s = new TrainingSession(null, " ", null, null, "Aula", null, null, null, null, null, null, null,
                null, null, null);
        assertEquals(List.of(error("programCode", "required"), error("start", "required"), error("end", "required"),
                error("capacity", "required")), errors(s));
    }

    @Test
    public void capacityIsOneToTenThousand() {
        assertEquals(List.of(error("capacity", "session.capacity")), errors(withCapacity(0)));
        assertEquals(List.of(error("capacity", "session.capacity")), errors(withCapacity(-1)));
        assertEquals(List.of(error("capacity", "session.capacity")), errors(withCapacity(10_001)));
        assertEquals(List.of(), errors(withCapacity(1)));
        assertEquals(List.of(), errors(withCapacity(10_000)));
    }

    @Test
    public void venueOrLinkIsRequired() {
        assertEquals(List.of(error("venue", "session.venueOrLink")),
                errors(session(START, END, 30, null, null, List.of(), List.of())));
        assertEquals(List.of(error("venue", "session.venueOrLink")),
                errors(session(START, END, 30, "  ", " ", List.of(), List.of())));
        assertEquals(List.of(), errors(session(START, END, 30, null, "https://zoom.us/j/123456", List.of(), List.of())));
        assertEquals(List.of(), errors(session(START, END, 30, "Aula", "http://meet.medan.go.id/pelatihan", List.of(),
                List.of())));
    }

    @Test
    public void linkMustBeHttpAddress() {
        for (String bad : List.of("zoom.us/j/123456", "ftp://medan.go.id/x", "https://", "https://zoom us/j/1",
                "https://x".repeat(150))) {
            assertEquals(bad, List.of(error("onlineLink", "session.link")),
                    errors(session(START, END, 30, null, bad, List.of(), List.of())));
        }
        assertEquals(List.of(), errors(session(START, END, 30, null, "HTTPS://ZOOM.US/J/1", List.of(), List.of())));
    }

    @Test
    public void venueAndFacilitatorLengths() {
        assertEquals(List.of(error("venue", "tooLong", 300)),
                errors(session(START, END, 30, "a".repeat(301), null, List.of(), List.of())));
        assertEquals(List.of(), errors(session(START, END, 30, "a".repeat(300), null, List.of(), List.of())));
        TrainingSession blankFacilitator = new TrainingSession(null, "KOM-PELAYANAN", START, END, "Aula", null, 30,
                List.of("Drs. Ahmad Siregar", " "), null, null, null, null, null, null, null);
        assertEquals(List.of(error("facilitators[1]", "required")), errors(blankFacilitator));
        TrainingSession longFacilitator = new TrainingSession(null, "KOM-PELAYANAN", START, END, "Aula", null, 30,
                List.of("f".repeat(301)), null, null, null, null, null, null, null);
        assertEquals(List.of(error("facilitators[0]", "tooLong", 300)), errors(longFacilitator));
        // Each one fits, but together they do not fit the stored column.
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            many.add(String.format("%02d", i) + "f".repeat(298));
        }
        TrainingSession manyFacilitators = new TrainingSession(null, "KOM-PELAYANAN", START, END, "Aula", null, 30,
                many, null, null, null, null, null, null, null);
        assertEquals(List.of(error("facilitators", "tooLong", 4000)), errors(manyFacilitators));
        assertEquals(List.of(), errors(new TrainingSession(null, "KOM-PELAYANAN", START, END, "Aula", null, 30,
                many.subList(0, 13), null, null, null, null, null, null, null)));
    }

    @Test
    public void controlCharactersAreRefused() {
        assertEquals(List.of(error("programCode", "text.control")), errors(new TrainingSession(null, "KOM\u0000",
                START, END, "Aula", null, 30, null, null, null, null, null, null, null, null)));
        assertEquals(List.of(error("venue", "text.control")),
                errors(session(START, END, 30, "Aula\u0000", null, List.of(), List.of())));
        assertEquals(List.of(error("venue", "text.control")),
                errors(session(START, END, 30, "Aula\nLantai 2", null, List.of(), List.of())));
        assertEquals(List.of(error("onlineLink", "session.link")),
                errors(session(START, END, 30, null, "https://zoom.us/\u0000", List.of(), List.of())));
        assertEquals(List.of(error("facilitators[0]", "text.control")), errors(new TrainingSession(null,
                "KOM-PELAYANAN", START, END, "Aula", null, 30, List.of("Ahmad\u001FRina"), null, null, null, null,
                null, null, null)));
        assertEquals(List.of(error("costs[0].description", "text.control")), errors(session(START, END, 30, "Aula",
                null, List.of(new CostLine(CostCategory.OTHER, "ATK\u0000", BigDecimal.ONE)), List.of())));
    }

    @Test
    public void notesMayHoldLineBreaksButNoOtherControlCharacters() {
        assertNull(SessionRules.noteError("note", null));
        assertNull(SessionRules.noteError("note", "Rapat Musrenbang\r\n\tkecamatan"));
        assertNull(SessionRules.noteError("note", "x".repeat(1000)));
        assertEquals(error("note", "tooLong", 1000), SessionRules.noteError("note", "x".repeat(1001)));
        assertEquals(error("[2].note", "text.control"), SessionRules.noteError("[2].note", "sakit\u0000"));
        assertEquals(error("note", "text.control"), SessionRules.noteError("note", "a\u001Fb"));
    }

    @Test
    public void amountsAreNotNegativeWithAtMostTwoDecimals() {
        assertEquals(List.of(error("costs[0].amount", "session.amount")), errors(withCost("-0.01")));
        assertEquals(List.of(error("costs[0].amount", "session.amount")), errors(withCost("1500000.005")));
        assertEquals(List.of(error("costs[0].amount", "session.amount")), errors(withCost("1000000000000000.00")));
        assertEquals(List.of(), errors(withCost("0")));
        assertEquals(List.of(), errors(withCost("250000.50")));
        assertEquals(List.of(), errors(withCost("999999999999999.99")));
    }

    @Test
    public void costLinesNeedCategoryAndDescription() {
        TrainingSession s = session(START, END, 30, "Aula", null, List.of(
                new CostLine(null, "Konsumsi", new BigDecimal("100")),
                new CostLine(CostCategory.CONSUMPTION, " ", null)), List.of());
        assertEquals(List.of(error("costs[0].category", "required"), error("costs[1].description", "required"),
                error("costs[1].amount", "session.amount")), errors(s));
    }

    @Test
    public void meetingsMustLieWithinTheSession() {
        assertEquals(List.of(error("meetings[0]", "session.meetingOutside")),
                errors(withMeetings(new Meeting(1, at(2026, 12, 1, 7, 0), at(2026, 12, 1, 9, 0)))));
        assertEquals(List.of(error("meetings[0]", "session.meetingOutside")),
                errors(withMeetings(new Meeting(1, at(2026, 12, 3, 15, 0), at(2026, 12, 3, 17, 0)))));
        assertEquals(List.of(), errors(withMeetings(new Meeting(1, START, END))));
    }

    @Test
    public void meetingMustEndAfterItStarts() {
        assertEquals(List.of(error("meetings[0]", "session.endBeforeStart")),
                errors(withMeetings(new Meeting(1, at(2026, 12, 1, 10, 0), at(2026, 12, 1, 10, 0)))));
        assertEquals(List.of(error("meetings[0]", "session.endBeforeStart")),
                errors(withMeetings(new Meeting(1, at(2026, 12, 1, 10, 0), null))));
    }

    @Test
    public void meetingsMustNotOverlap() {
        assertEquals(List.of(error("meetings[1]", "session.meetingOverlap")), errors(withMeetings(
                new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 12, 0)),
                new Meeting(2, at(2026, 12, 1, 11, 0), at(2026, 12, 1, 13, 0)))));
    }

    @Test
    public void meetingOverlappingAnEarlierLongMeetingIsReportedToo() {
        // 08-16 contains both 09-10 and 11-12: both overlap it, although they do not overlap each other.
        assertEquals(List.of(error("meetings[1]", "session.meetingOverlap"), error("meetings[2]", "session.meetingOverlap")),
                errors(withMeetings(
                        new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 16, 0)),
                        new Meeting(2, at(2026, 12, 1, 9, 0), at(2026, 12, 1, 10, 0)),
                        new Meeting(3, at(2026, 12, 1, 11, 0), at(2026, 12, 1, 12, 0)))));
    }

    @Test
    public void errorsNameTheMeetingAsGivenNotAsSorted() {
        // The second meeting given is the earliest and lies outside the session: the error names meetings[1].
        assertEquals(List.of(error("meetings[1]", "session.meetingOutside")), errors(withMeetings(
                new Meeting(1, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0)),
                new Meeting(2, at(2026, 12, 1, 7, 0), at(2026, 12, 1, 9, 0)))));
    }

    @Test
    public void touchingMeetingsAreRenumberedInTimeOrder() {
        List<FieldError> errors = new ArrayList<>();
        List<Meeting> meetings = SessionRules.validate(withMeetings(
                new Meeting(7, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0)),
                new Meeting(3, at(2026, 12, 1, 10, 0), at(2026, 12, 1, 12, 0)),
                new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0))), errors);
        assertEquals(List.of(), errors);
        assertEquals(List.of(
                new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0)),
                new Meeting(2, at(2026, 12, 1, 10, 0), at(2026, 12, 1, 12, 0)),
                new Meeting(3, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0))), meetings);
    }

    @Test
    public void meetingsAreNotCheckedWhenTheSessionItselfIsInvalid() {
        assertEquals(List.of(error("capacity", "session.capacity")), errors(session(START, END, 0, "Aula", null,
                List.of(), List.of(new Meeting(1, at(2026, 11, 1, 8, 0), at(2026, 11, 1, 9, 0))))));
    }

    // ---- overlaps ----

    @Test
    public void touchingPeriodsDoNotOverlap() {
        assertFalse(SessionRules.overlaps(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0), at(2026, 12, 1, 10, 0),
                at(2026, 12, 1, 12, 0)));
        assertFalse(SessionRules.overlaps(at(2026, 12, 1, 10, 0), at(2026, 12, 1, 12, 0), at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 10, 0)));
    }

    @Test
    public void sharedMomentsOverlap() {
        assertTrue(SessionRules.overlaps(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0), at(2026, 12, 1, 9, 59),
                at(2026, 12, 1, 12, 0)));
        assertTrue(SessionRules.overlaps(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 16, 0), at(2026, 12, 1, 9, 0),
                at(2026, 12, 1, 10, 0)));
        assertTrue(SessionRules.overlaps(at(2026, 12, 1, 9, 0), at(2026, 12, 1, 10, 0), at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 16, 0)));
        assertTrue(SessionRules.overlaps(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0), at(2026, 12, 1, 8, 0),
                at(2026, 12, 1, 10, 0)));
        assertFalse(SessionRules.overlaps(at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0), at(2026, 12, 2, 8, 0),
                at(2026, 12, 2, 10, 0)));
    }

    // ---- admit and seatsToFill ----

    @Test
    public void registeredGetsASeatWhileThereIsOne() {
        assertEquals(EnrollmentStatus.REGISTERED, SessionRules.admit(EnrollmentStatus.REGISTERED, null, 0, 2));
        assertEquals(EnrollmentStatus.REGISTERED, SessionRules.admit(EnrollmentStatus.REGISTERED, null, 1, 2));
        assertEquals(EnrollmentStatus.WAITLISTED, SessionRules.admit(EnrollmentStatus.REGISTERED, null, 2, 2));
        assertEquals(EnrollmentStatus.WAITLISTED, SessionRules.admit(EnrollmentStatus.REGISTERED, null, 3, 2));
        assertEquals(EnrollmentStatus.REGISTERED,
                SessionRules.admit(EnrollmentStatus.REGISTERED, EnrollmentStatus.INVITED, 1, 2));
        assertEquals(EnrollmentStatus.WAITLISTED,
                SessionRules.admit(EnrollmentStatus.REGISTERED, EnrollmentStatus.CANCELLED, 2, 2));
    }

    @Test
    public void askingForTheWaitlistGivesAFreeSeat() {
        assertEquals(EnrollmentStatus.REGISTERED, SessionRules.admit(EnrollmentStatus.WAITLISTED, null, 1, 2));
        assertEquals(EnrollmentStatus.WAITLISTED, SessionRules.admit(EnrollmentStatus.WAITLISTED, null, 2, 2));
    }

    @Test
    public void invitedIgnoresCapacity() {
        assertEquals(EnrollmentStatus.INVITED, SessionRules.admit(EnrollmentStatus.INVITED, null, 2, 2));
        assertEquals(EnrollmentStatus.INVITED, SessionRules.admit(EnrollmentStatus.INVITED, null, 50, 2));
    }

    @Test
    public void seatHolderAskingRegisteredKeepsTheSeat() {
        assertEquals(EnrollmentStatus.REGISTERED,
                SessionRules.admit(EnrollmentStatus.REGISTERED, EnrollmentStatus.REGISTERED, 2, 2));
        assertEquals(EnrollmentStatus.ATTENDED,
                SessionRules.admit(EnrollmentStatus.REGISTERED, EnrollmentStatus.ATTENDED, 2, 2));
        assertEquals(EnrollmentStatus.REGISTERED,
                SessionRules.admit(EnrollmentStatus.WAITLISTED, EnrollmentStatus.REGISTERED, 5, 2));
    }

    @Test
    public void waitlistedAskingAgainStaysWaitlistedWhileFull() {
        assertEquals(EnrollmentStatus.WAITLISTED,
                SessionRules.admit(EnrollmentStatus.REGISTERED, EnrollmentStatus.WAITLISTED, 2, 2));
    }

    @Test
    public void otherStatusesAreTakenAsAsked() {
        for (EnrollmentStatus s : List.of(EnrollmentStatus.CANCELLED, EnrollmentStatus.NO_SHOW, EnrollmentStatus.ATTENDED)) {
            assertEquals(s, SessionRules.admit(s, EnrollmentStatus.REGISTERED, 2, 2));
            assertEquals(s, SessionRules.admit(s, null, 2, 2));
        }
    }

    @Test
    public void seatsToFill() {
        assertEquals(2, SessionRules.seatsToFill(0, 2, 3));
        assertEquals(1, SessionRules.seatsToFill(1, 2, 3));
        assertEquals(0, SessionRules.seatsToFill(2, 2, 3));
        assertEquals(1, SessionRules.seatsToFill(1, 4, 1));
        assertEquals(0, SessionRules.seatsToFill(1, 4, 0));
        assertEquals("over capacity never fills a negative number", 0, SessionRules.seatsToFill(3, 2, 1));
    }

    // ---- summarize and scheduledJp ----

    private static final Meeting M120A = new Meeting(1, at(2026, 12, 1, 8, 0), at(2026, 12, 1, 10, 0));
    private static final Meeting M120B = new Meeting(2, at(2026, 12, 1, 10, 0), at(2026, 12, 1, 12, 0));
    private static final Meeting M240 = new Meeting(3, at(2026, 12, 2, 8, 0), at(2026, 12, 2, 12, 0));

    private static List<Meeting> meetingsOf(int count, int minutes) {
        List<Meeting> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            LocalDateTime start = at(2026, 12, i, 8, 0);
            out.add(new Meeting(i, start, start.plusMinutes(minutes)));
        }
        return out;
    }

    @Test
    public void attendanceIsWeightedByMinutes() {
        // Present at the 240-minute meeting and one 120-minute meeting: 360 of 480 minutes = 0.75 < 0.80.
        AttendanceSummary s = SessionRules.summarize(NIP, List.of(M120A, M120B, M240), Map.of(1, true, 2, false, 3, true),
                12, THRESHOLD);
        assertEquals(new AttendanceSummary(NIP, 2, 3, 360, 480, new BigDecimal("0.7500"), 0), s);
    }

    @Test
    public void allButOneOfFourEqualMeetingsIsBelowTheThreshold() {
        AttendanceSummary s = SessionRules.summarize(NIP, meetingsOf(4, 120), Map.of(1, true, 2, true, 3, true, 4, false),
                10, THRESHOLD);
        assertEquals(new AttendanceSummary(NIP, 3, 4, 360, 480, new BigDecimal("0.7500"), 0), s);
    }

    @Test
    public void lowerThresholdCreditsTheProgrammeJp() {
        AttendanceSummary s = SessionRules.summarize(NIP, meetingsOf(4, 120), Map.of(1, true, 2, true, 3, true),
                10, new BigDecimal("0.75"));
        assertEquals(new AttendanceSummary(NIP, 3, 4, 360, 480, new BigDecimal("0.7500"), 10), s);
    }

    @Test
    public void exactlyTheThresholdIsCredited() {
        // 4 of 5 meetings of 60 minutes: 240 / 300 = 0.80.
        AttendanceSummary s = SessionRules.summarize(NIP, meetingsOf(5, 60), Map.of(1, true, 2, true, 3, true, 5, true),
                8, THRESHOLD);
        assertEquals(new AttendanceSummary(NIP, 4, 5, 240, 300, new BigDecimal("0.8000"), 8), s);
    }

    @Test
    public void fullAttendanceIsCredited() {
        AttendanceSummary s = SessionRules.summarize(NIP, List.of(M120A, M120B, M240), Map.of(1, true, 2, true, 3, true),
                12, THRESHOLD);
        assertEquals(new AttendanceSummary(NIP, 3, 3, 480, 480, new BigDecimal("1.0000"), 12), s);
    }

    @Test
    public void noMarksMeansAbsent() {
        AttendanceSummary s = SessionRules.summarize(NIP, List.of(M120A, M120B, M240), Map.of(), 12, THRESHOLD);
        assertEquals(new AttendanceSummary(NIP, 0, 3, 0, 480, new BigDecimal("0.0000"), 0), s);
    }

    @Test
    public void noMeetingsGiveRatioZeroAndNoJp() {
        AttendanceSummary s = SessionRules.summarize(NIP, List.of(), Map.of(1, true), 12, THRESHOLD);
        assertEquals(0, s.meetings());
        assertEquals(0, s.minutesScheduled());
        assertEquals(0, BigDecimal.ZERO.compareTo(s.ratio()));
        assertEquals(new BigDecimal("0.0000"), s.ratio());
        assertEquals(0, s.jpCredited());
    }

    @Test
    public void thresholdZeroCreditsEvenWithoutPresence() {
        AttendanceSummary s = SessionRules.summarize(NIP, List.of(M120A), Map.of(), 4, BigDecimal.ZERO);
        assertEquals(4, s.jpCredited());
    }

    @Test
    public void ratioNeverShowsTheThresholdWhenItIsMissed() {
        // 23999 of 30000 minutes = 0.79996...: not credited, so the ratio must not read 0.8000.
        List<Meeting> meetings = List.of(new Meeting(1, at(2026, 1, 1, 0, 0), at(2026, 1, 1, 0, 0).plusMinutes(23_999)),
                new Meeting(2, at(2026, 3, 1, 0, 0), at(2026, 3, 1, 0, 0).plusMinutes(6_001)));
        AttendanceSummary s = SessionRules.summarize(NIP, meetings, Map.of(1, true), 20, THRESHOLD);
        assertEquals(0, s.jpCredited());
        assertTrue(s.ratio() + " < 0.80", s.ratio().compareTo(THRESHOLD) < 0);
        assertEquals(new BigDecimal("0.7999"), s.ratio());
    }

    @Test
    public void scheduledJpCountsWholeJp() {
        assertEquals(10, SessionRules.scheduledJp(List.of(M120A, M120B, M240), 45)); // 480 / 45 = 10.67
        assertEquals(8, SessionRules.scheduledJp(List.of(M120A, M120B, M240), 60));
        assertEquals(2, SessionRules.scheduledJp(meetingsOf(1, 90), 45));
        assertEquals(0, SessionRules.scheduledJp(meetingsOf(1, 44), 45));
        assertEquals(1, SessionRules.scheduledJp(meetingsOf(1, 45), 45));
        assertEquals(0, SessionRules.scheduledJp(List.of(), 45));
    }

    @Test
    public void totalIsExact() {
        assertEquals(new BigDecimal("1750000.50"), SessionRules.total(List.of(
                new CostLine(CostCategory.HONORARIA, "Honor narasumber", new BigDecimal("1500000.00")),
                new CostLine(CostCategory.CONSUMPTION, "Konsumsi", new BigDecimal("250000.50")))));
        assertEquals(new BigDecimal("0.30"), SessionRules.total(List.of(
                new CostLine(CostCategory.OTHER, "a", new BigDecimal("0.1")),
                new CostLine(CostCategory.OTHER, "b", new BigDecimal("0.2")))));
        assertEquals(new BigDecimal("0.00"), SessionRules.total(List.of()));
    }

    @Test
    public void absenceReasonsAreKeptInTheReasonsOrderWhateverMapTheyCameIn() {
        Map<id.pembina.catalog.api.AbsenceReason, Integer> lastFirst = new java.util.LinkedHashMap<>();
        lastFirst.put(id.pembina.catalog.api.AbsenceReason.SICKNESS, 3);
        lastFirst.put(id.pembina.catalog.api.AbsenceReason.LEAVE, 2);
        lastFirst.put(id.pembina.catalog.api.AbsenceReason.WORKLOAD, 1);
        AttendanceSummary a = new AttendanceSummary("198609262015051001", 0, 6, 0, 360, new BigDecimal("0.0000"), 0,
                lastFirst);
        assertEquals(List.of(id.pembina.catalog.api.AbsenceReason.WORKLOAD, id.pembina.catalog.api.AbsenceReason.LEAVE,
                id.pembina.catalog.api.AbsenceReason.SICKNESS), List.copyOf(a.absencesByReason().keySet()));
        assertEquals(List.of(1, 2, 3), List.copyOf(a.absencesByReason().values()));
    }
}
