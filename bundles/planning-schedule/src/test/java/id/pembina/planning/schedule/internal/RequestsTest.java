package id.pembina.planning.schedule.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.Test;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.DeliveryMode;
import id.pembina.planning.schedule.api.PersonNeed;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/**
 * Requests that would not fit the job tables are refused field by field before anything is stored, so that a
 * bad request is a 422 (REST) or a form error (web page), never a storage failure.
 */
public class RequestsTest {

    private static final LocalDate MON = LocalDate.of(2027, 3, 1);
    private static final String BUDI = "198001012005011001";
    private static final String SITI = "198002022006022002";

    private static CandidateSession session(String id, String program, List<LocalDate> starts, String location) {
        return new CandidateSession(id, program, starts, 3, 24, 2, new BigDecimal("5000000"), DeliveryMode.CLASSROOM,
                location);
    }

    private static PersonNeed person(String nip, String unit, String supervisor) {
        return new PersonNeed(nip, unit, supervisor, false, 20, 5);
    }

    private static ScheduleRequest request(CandidateSession s, List<PersonNeed> people, Set<String> remote) {
        return new ScheduleRequest(2027, "K", List.of(s), people, new BigDecimal("8000000"), 30, remote);
    }

    private static final CandidateSession S1 = session("S1", "P1", List.of(MON), "K1");

    private static void refused(ScheduleRequest r, FieldError... expected) {
        try {
            Requests.check(r);
            fail("refused");
        } catch (ValidationException e) {
            assertEquals(List.of(expected), e.errors());
        }
    }

    /** The widest valid request passes: every day of 2027 (365 dates, 4014 characters stored), long codes. */
    @Test
    public void theWidestValidRequestPasses() {
        List<LocalDate> year = IntStream.range(0, 365).mapToObj(i -> LocalDate.of(2027, 1, 1).plusDays(i)).toList();
        Requests.check(request(session("S".repeat(100), "P".repeat(40), year, "L".repeat(40)),
                List.of(person(BUDI, "U".repeat(40), SITI), person(SITI, "K", null)), Set.of("R".repeat(40))));
    }

    @Test
    public void aCandidateIdOver100CharactersIsRefused() {
        refused(request(session("S".repeat(101), "P1", List.of(MON), null), List.of(), Set.of()),
                FieldError.of("sessions[0].id", "schedule.length.max", "100"));
    }

    @Test
    public void aProgramCodeOver40CharactersIsRefused() {
        refused(request(session("S1", "P".repeat(41), List.of(MON), null), List.of(), Set.of()),
                FieldError.of("sessions[0].programCode", "schedule.length.max", "40"));
    }

    @Test
    public void aLocationUnitOver40CharactersIsRefused() {
        refused(request(session("S1", "P1", List.of(MON), "L".repeat(41)), List.of(), Set.of()),
                FieldError.of("sessions[0].locationUnit", "schedule.length.max", "40"));
    }

    /** The third start repeats the first: the index of the repetition is named. */
    @Test
    public void aStartDateGivenTwiceIsRefused() {
        refused(request(session("S1", "P1", List.of(MON, MON.plusDays(7), MON), null), List.of(), Set.of()),
                FieldError.of("sessions[0].possibleStarts[2]", "schedule.session.starts.twice", "2027-03-01"));
    }

    @Test
    public void aNipNotOf18CharactersIsRefused() {
        refused(request(S1, List.of(person(BUDI, "K", null), person("19800101200501100", "K", null),
                person(BUDI + "9", "K", null)), Set.of()),
                FieldError.of("people[1].nip", "schedule.nip.length"),
                FieldError.of("people[2].nip", "schedule.nip.length"));
    }

    @Test
    public void aSupervisorNipNotOf18CharactersIsRefused() {
        refused(request(S1, List.of(person(BUDI, "K", "1980")), Set.of()),
                FieldError.of("people[0].supervisorNip", "schedule.nip.length"));
    }

    @Test
    public void theSameNipTwiceIsRefused() {
        refused(request(S1, List.of(person(BUDI, "K", null), person(SITI, "K", null), person(BUDI, "K1", null)),
                Set.of()), FieldError.of("people[2].nip", "schedule.person.twice", BUDI));
    }

    @Test
    public void aPersonsUnitCodeOver40CharactersIsRefused() {
        refused(request(S1, List.of(person(BUDI, "U".repeat(41), null)), Set.of()),
                FieldError.of("people[0].unitCode", "schedule.length.max", "40"));
    }

    /** Remote units are named in code order; a comma would split the stored list. */
    @Test
    public void aRemoteUnitThatIsNoUnitCodeIsRefused() {
        refused(request(S1, List.of(), Set.of("K2", "R".repeat(41), "A,B", " ")),
                FieldError.of("remoteUnits", "schedule.remote.code", " "),
                FieldError.of("remoteUnits", "schedule.remote.code", "A,B"),
                FieldError.of("remoteUnits", "schedule.remote.code", "R".repeat(41)));
    }

    @Test
    public void tooManyRemoteUnitsAreRefused() {
        List<String> units = new ArrayList<>();
        for (int i = 0; i <= Requests.MAX_REMOTE_UNITS; i++) {
            units.add("R" + i);
        }
        refused(request(S1, List.of(), Set.copyOf(units)),
                FieldError.of("remoteUnits", "schedule.remote.many", "10000"));
    }
}
