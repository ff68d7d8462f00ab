package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.BundleContext;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * Duty-aware scheduling in the distribution, over HTTPS: minimum staffing and duty blocks imported as CSV, a job
 * started, polled until it finishes (a bounded condition wait), the solver's proposal explained beside the greedy
 * baseline's, and saving as a plan answered by whether the planning module runs. The same small problem as the
 * scheduler's unit tests (GreedyTest): unit SC-KEL with 5 staff, at least 3 at work on Mondays; A on leave 1-3
 * March 2027; S1 (2 seats, 1 or 8 March) and S2 (2 seats, 8 March), 10 million each, budget 20 million.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class ScheduleChecks extends PembinaTestSupport {

    private static final String A = "197101012000011001";
    private static final String B = "197101012000011002";
    private static final String C = "197101012000011003";
    private static final String D = "197101012000011004";
    private static final String E = "197101012000011005";

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private BundleContext context;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void aJobIsExplainedBesideTheGreedyBaseline() throws Exception {
        String pw = awaitApi();
        registry.createUnit(new OrganizationUnit("SC-KEL", "Kelurahan Jadwal", null));
        for (String nip : List.of(A, B, C, D, E)) {
            registry.create(new Participant(nip, "Pegawai " + nip.substring(15), null, null, "SC-KEL", "Pelayanan",
                    PositionType.PELAKSANA, Rank.III_A, Education.S1, null, null));
        }
        HttpResponse<String> staffing = send(csv("planning/staffing/import",
                "unit,weekday,from,to,minimum\nSC-KEL,MONDAY,08:00,12:00,3\n"), "admin", pw);
        assertEquals(staffing.body(), 200, staffing.statusCode());
        HttpResponse<String> duties = send(csv("planning/duties/import",
                "nip,from,to,kind\n" + A + ",2027-03-01,2027-03-03,LEAVE\n"), "admin", pw);
        assertEquals(duties.body(), 200, duties.statusCode());
        assertTrue(duties.body(), duties.body().contains("\"imported\":1"));
        HttpResponse<String> refused = send(csv("planning/duties/import",
                "nip,from,to,kind\n" + A + ",2027-03-05,2027-03-01,LEAVE\n"), "admin", pw);
        assertEquals(refused.body(), 400, refused.statusCode());

        String request = "{\"year\":2027,\"unitCode\":\"SC-KEL\",\"budget\":20000000,\"timeLimitSeconds\":2,"
                + "\"sessions\":[" + session("S1", "\"2027-03-01\",\"2027-03-08\"", "CLASSROOM") + ","
                + session("S2", "\"2027-03-08\"", "ONLINE") + "],\"people\":["
                + person(A, 20) + "," + person(B, 20) + "," + person(C, 20) + "," + person(D, 0) + "," + person(E, 0)
                + "]}";
        HttpResponse<String> started = send(json("planning/schedules", request), "admin", pw);
        assertEquals(started.body(), 202, started.statusCode());
        ObjectMapper mapper = new ObjectMapper();
        String id = mapper.readTree(started.body()).path("id").asText();

        JsonNode[] job = new JsonNode[1];
        await("the scheduling job to finish", () -> {
            job[0] = mapper.readTree(get("planning/schedules/" + id, pw));
            return !"SOLVING".equals(job[0].path("state").asText());
        });
        assertEquals(job[0].toString(), "DONE", job[0].path("state").asText());
        assertEquals(100, job[0].path("percent").asInt());
        assertFalse(job[0].path("progress").isEmpty());

        // Greedy: B and C in S1 on 1 March (4 present - 3 = 1 may leave: 1 unit-day short), A in S2.
        JsonNode greedy = job[0].path("greedy").path("figures");
        assertEquals(3, greedy.path("reaching20Jp").asInt());
        assertEquals(1, greedy.path("hardViolations").asInt());
        assertEquals(1, greedy.path("staffingShortUnitDays").asInt());
        // The solver keeps the staffing and still seats all three.
        JsonNode solver = job[0].path("solver").path("figures");
        assertEquals(3, solver.path("reaching20Jp").asInt());
        assertEquals(0, solver.path("hardViolations").asInt());
        assertEquals(0, solver.path("staffingShortUnitDays").asInt());
        assertEquals(20000000, solver.path("cost").asLong());
        assertEquals("Setiap unit tetap memenuhi jumlah petugas minimum setiap hari.",
                outcome(job[0].path("solver"), "minimumStaffing").path("text").asText());
        JsonNode broken = outcome(job[0].path("greedy"), "minimumStaffing");
        assertFalse(broken.path("held").asBoolean());
        assertEquals("On 1 unit-day(s) a unit falls below its minimum staffing.", broken.path("textEn").asText());

        HttpResponse<String> list = send(HttpRequest.newBuilder(api("planning/schedules")), "admin", pw);
        assertTrue(list.body(), list.body().contains(id));

        // Started again from its stored input (same candidates and people): a new job, the same baseline figures.
        HttpResponse<String> again = send(json("planning/schedules/" + id + "/restart", ""), "admin", pw);
        assertEquals(again.body(), 202, again.statusCode());
        JsonNode restarted = mapper.readTree(again.body());
        assertFalse(id.equals(restarted.path("id").asText()));
        assertEquals(3, restarted.path("greedy").path("figures").path("reaching20Jp").asInt());
        await("the restarted job to finish", () -> !"SOLVING".equals(mapper.readTree(
                get("planning/schedules/" + restarted.path("id").asText(), pw)).path("state").asText()));

        // Saving as a plan needs the planning module: 201 with it, 503 (problem+json) without.
        boolean planning = context.getServiceReference("id.pembina.planning.api.Plans") != null;
        HttpResponse<String> saved = send(json("planning/schedules/" + id + "/plan",
                "{\"source\":\"solver\",\"name\":\"Jadwal SC-KEL\"}"), "admin", pw);
        assertEquals(saved.body(), planning ? 201 : 503, saved.statusCode());
    }

    private static HttpRequest.Builder csv(String path, String body) {
        return HttpRequest.newBuilder(api(path)).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(body));
    }

    private static String session(String id, String starts, String mode) {
        return "{\"id\":\"" + id + "\",\"programCode\":\"MANWAKTU\",\"possibleStarts\":[" + starts + "],"
                + "\"lengthDays\":3,\"jp\":24,\"capacity\":2,\"cost\":10000000,\"mode\":\"" + mode + "\","
                + "\"locationUnit\":\"SC-KEL\"}";
    }

    private static String person(String nip, int shortfall) {
        return "{\"nip\":\"" + nip + "\",\"unitCode\":\"SC-KEL\",\"leader\":false,\"jpShortfall\":" + shortfall
                + ",\"needSize\":" + shortfall + "}";
    }

    private static JsonNode outcome(JsonNode proposal, String constraint) {
        List<String> seen = new ArrayList<>();
        for (JsonNode o : proposal.path("explanation")) {
            if (constraint.equals(o.path("constraint").asText())) {
                return o;
            }
            seen.add(o.path("constraint").asText());
        }
        throw new AssertionError(constraint + " not in " + seen);
    }
}
