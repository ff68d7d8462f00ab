package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/**
 * Every operation of the OpenAPI document (GET /api/v1/openapi.json) asked by each role (admin, operator,
 * pimpinan, peserta) and without a login: allowed (anything but 401 and 403; the write bodies are empty, so an
 * allowed write is refused as invalid and changes nothing), refused (403; 401 without a login), never a 5xx;
 * then the filtered lists of a pimpinan and a peserta. Units MX-A > MX-A1 > MX-A1A and MX-B; the pimpinan leads
 * MX-A1, the peserta is the participant of MX-A1A. All mismatches are reported together.
 */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class AccessMatrixChecks extends PembinaTestSupport {

    private static final String IN_A1 = "196601012000011101";
    private static final String IN_A1A = "196602022000021102";
    private static final String IN_B = "196603032000032103";
    /** Deactivated by the roles allowed to (DELETE /participants/{nip} has no body to make invalid). */
    private static final String TO_DEACTIVATE = "196604042000041104";
    private static final String PASSWORD = "Matriks-Akses-2026!";

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private CatalogService catalog;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    /** A role asking: its account, or none. */
    private record Who(char letter, String user, String password) {
    }

    /**
     * One request of an operation.
     *
     * @param allowed the letters of the roles it is allowed to: A admin, O operator, P pimpinan, S peserta,
     *                N also without a login
     */
    private record Case(String op, String path, String contentType, String body, String allowed) {
    }

    @Test
    public void everyOperationForEveryRole() throws Exception {
        String pw = awaitApi();
        await("the seed programmes", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        registry.createUnit(new OrganizationUnit("MX-A", "Unit A", null));
        registry.createUnit(new OrganizationUnit("MX-A1", "Unit A1", "MX-A"));
        registry.createUnit(new OrganizationUnit("MX-A1A", "Unit A1A", "MX-A1"));
        registry.createUnit(new OrganizationUnit("MX-B", "Unit B", null));
        registry.create(person(IN_A1, "MX-A1", null));
        registry.create(person(IN_A1A, "MX-A1A", IN_A1));
        registry.create(person(IN_B, "MX-B", null));
        registry.create(person(TO_DEACTIVATE, "MX-B", null));
        long s1 = session(LocalDateTime.of(2026, 5, 4, 8, 0), IN_A1A, IN_B);
        long s2 = session(LocalDateTime.of(2026, 5, 5, 8, 0), IN_B);
        Accounts.create(base(), pw, "mx-operator", PASSWORD, "operator", null, null);
        Accounts.create(base(), pw, "mx-pimpinan", PASSWORD, "pimpinan", null, "MX-A1");
        Accounts.create(base(), pw, "mx-peserta", PASSWORD, "peserta", IN_A1A, null);
        Accounts.create(base(), pw, "mx-target", PASSWORD, "operator", null, null);
        List<Who> roles = List.of(new Who('A', "admin", pw), new Who('O', "mx-operator", PASSWORD),
                new Who('P', "mx-pimpinan", PASSWORD), new Who('S', "mx-peserta", PASSWORD), new Who('N', null, null));

        planA1 = plan(pw, "MX-A1", IN_A1A);
        planB = plan(pw, "MX-B", IN_B);
        List<Case> cases = cases(s1, s2);
        Set<String> documented = operations(pw);
        Set<String> covered = new TreeSet<>();
        cases.forEach(c -> covered.add(c.op()));
        Set<String> missing = new TreeSet<>(documented);
        missing.removeAll(covered);
        Set<String> stale = new TreeSet<>(covered);
        stale.removeAll(documented);
        assertTrue("operations of the OpenAPI document without a case: " + missing, missing.isEmpty());
        assertTrue("cases of operations the OpenAPI document lacks: " + stale, stale.isEmpty());

        List<String> mismatches = new ArrayList<>();
        for (Case c : cases) {
            for (Who who : roles) {
                HttpResponse<String> r = send(request(c), who.user(), who.password());
                int status = r.statusCode();
                boolean allowed = c.allowed().indexOf(who.letter()) >= 0;
                String refusal = who.user() == null ? "401" : "403";
                boolean ok = status < 500 && (allowed ? status != 401 && status != 403 : String.valueOf(status).equals(refusal));
                if (!ok) {
                    mismatches.add(who.letter() + " " + c.op() + " (" + c.path() + "): expected "
                            + (allowed ? "allowed" : refusal) + ", got " + status + " " + abbreviate(r.body()));
                }
            }
        }
        assertTrue(mismatches.size() + " mismatches:\n" + String.join("\n", mismatches), mismatches.isEmpty());

        // Filtered lists: the pimpinan of MX-A1 sees MX-A1 and MX-A1A only, the peserta their own rows.
        assertEquals(Set.of(IN_A1, IN_A1A), field(getAs("participants?limit=500", "mx-pimpinan"), "items", "nip"));
        assertEquals(Set.of(IN_A1A), field(getAs("participants?unit=MX-A1A", "mx-pimpinan"), "items", "nip"));
        assertEquals(Set.of("MX-A1", "MX-A1A"), field(getAs("units", "mx-pimpinan"), null, "code"));
        assertEquals(Set.of(String.valueOf(s1)), field(getAs("sessions?limit=500", "mx-pimpinan"), "items", "id"));
        assertEquals(Set.of(IN_A1A), field(getAs("sessions/" + s1 + "/enrollments", "mx-pimpinan"), null, "nip"));
        assertEquals(Set.of(IN_A1A), field(getAs("sessions/" + s1 + "/enrollments", "mx-peserta"), null, "nip"));
        assertEquals(Set.of(IN_A1A, IN_B), field(getAs("sessions/" + s1 + "/enrollments", "mx-operator"), null, "nip"));
        // Reports and transcripts below operator: NIPs masked (1966************02), no birth date.
        String report = getAs("reports/unit?format=csv&unit=MX-A1&year=2026", "mx-pimpinan");
        assertFalse(report, report.contains(IN_A1A));
        assertTrue(report, report.contains("1966************02"));
        assertTrue(getAs("reports/unit?format=csv&unit=MX-A1&year=2026", "mx-operator").contains(IN_A1A));
        JsonNode transcript = new ObjectMapper().readTree(getAs("participants/" + IN_A1A + "/transcript?year=2026",
                "mx-peserta"));
        assertEquals("1966************02", transcript.path("participant").path("nip").asText());
        JsonNode birthDate = transcript.path("participant").path("birthDate");
        assertTrue(transcript.toString(), birthDate.isNull() || birthDate.isMissingNode());
    }

    /** Plans of MX-A1 (its pimpinan reads it) and MX-B (they do not), saved as admin. */
    private long planA1;
    private long planB;

    private static long plan(String pw, String unit, String nip) throws Exception {
        HttpResponse<String> r = send(json("planning/plans", "{\"year\":2026,\"unitCode\":\"" + unit + "\",\"name\":"
                + "\"Matriks " + unit + "\",\"sessions\":[{\"programCode\":\"MANWAKTU\",\"start\":\"2026-10-05\","
                + "\"end\":\"2026-10-05\",\"capacity\":5,\"plannedCost\":100,\"participantNips\":[\"" + nip + "\"]}]}"),
                "admin", pw);
        assertEquals(r.body(), 201, r.statusCode());
        return new ObjectMapper().readTree(r.body()).path("planId").asLong();
    }

    private List<Case> cases(long s1, long s2) {
        String all = "AOPS";
        String staff = "AO";
        String json = "application/json";
        String csv = "text/csv";
        List<Case> c = new ArrayList<>();
        c.add(new Case("GET /health", "health", null, null, "AOPSN"));
        c.add(new Case("GET /openapi.json", "openapi.json", null, null, all));
        c.add(new Case("GET /audit", "audit", null, null, "A"));
        c.add(new Case("GET /users", "users", null, null, "A"));
        c.add(new Case("POST /users", "users", json, "{}", "A"));
        c.add(new Case("GET /users/me", "users/me", null, null, all));
        c.add(new Case("GET /users/{name}", "users/mx-target", null, null, "A"));
        c.add(new Case("PUT /users/{name}", "users/mx-target", json, "{}", "A"));
        c.add(new Case("POST /users/{name}/disable", "users/mx-target/disable", null, null, "A"));
        c.add(new Case("POST /users/{name}/enable", "users/mx-target/enable", null, null, "A"));
        c.add(new Case("PUT /users/{name}/password", "users/mx-target/password", json, "{}", "A"));

        c.add(new Case("GET /units", "units", null, null, "AOP"));
        c.add(new Case("POST /units", "units", json, "{}", staff));
        c.add(new Case("GET /units/{code}", "units/MX-A1A", null, null, "AOP"));
        c.add(new Case("GET /units/{code}", "units/MX-B", null, null, staff));
        c.add(new Case("GET /participants", "participants", null, null, "AOP"));
        c.add(new Case("GET /participants", "participants?unit=MX-B", null, null, staff));
        c.add(new Case("POST /participants", "participants", json, "{}", staff));
        c.add(new Case("POST /participants/import", "participants/import", csv, "nip\n", staff));
        c.add(new Case("GET /participants/{nip}", "participants/" + IN_A1A, null, null, all));
        c.add(new Case("GET /participants/{nip}", "participants/" + IN_B, null, null, staff));
        c.add(new Case("PUT /participants/{nip}", "participants/" + IN_A1A, json, "{}", staff));
        c.add(new Case("DELETE /participants/{nip}", "participants/" + TO_DEACTIVATE, null, null, staff));
        c.add(new Case("GET /participants/{nip}/history", "participants/" + IN_A1A + "/history", null, null, all));
        c.add(new Case("GET /participants/{nip}/history", "participants/" + IN_B + "/history", null, null, staff));
        c.add(new Case("GET /participants/{nip}/transcript", "participants/" + IN_A1A + "/transcript?year=2026",
                null, null, all));
        c.add(new Case("GET /participants/{nip}/transcript", "participants/" + IN_B + "/transcript?year=2026",
                null, null, staff));
        c.add(new Case("GET /participants/{nip}/transcript/trend", "participants/" + IN_A1A
                + "/transcript/trend?from=2025&to=2026", null, null, all));
        c.add(new Case("GET /participants/{nip}/external-trainings", "participants/" + IN_A1A + "/external-trainings",
                null, null, all));
        c.add(new Case("GET /participants/{nip}/external-trainings", "participants/" + IN_B + "/external-trainings",
                null, null, staff));
        c.add(new Case("POST /participants/{nip}/external-trainings", "participants/" + IN_A1A + "/external-trainings",
                json, "{}", staff));
        c.add(new Case("PUT /participants/{nip}/facts/{year}", "participants/" + IN_A1A + "/facts/2026", json, "{}",
                staff));
        c.add(new Case("GET /participants/{nip}/follow-up-link", "participants/" + IN_A1 + "/follow-up-link", null,
                null, staff));

        c.add(new Case("GET /programs", "programs", null, null, all));
        c.add(new Case("GET /programs/{code}", "programs/MANWAKTU", null, null, all));
        c.add(new Case("PUT /programs/{code}/index-training-type", "programs/MANWAKTU/index-training-type", json,
                "{}", staff));
        c.add(new Case("GET /programs/{code}/instruments/{kind}/{version}", "programs/MANWAKTU/instruments/reaction/1.0",
                null, null, all));
        // Which modules are installed is no personal data; checking a jar (bundles) is the admin's.
        c.add(new Case("GET /modules", "modules", null, null, "AOP"));
        c.add(new Case("POST /modules/check", "modules/check", "application/octet-stream", "not a jar", "A"));

        c.add(new Case("GET /sessions", "sessions", null, null, "AOP"));
        c.add(new Case("POST /sessions", "sessions", json, "{}", staff));
        c.add(new Case("GET /sessions/{id}", "sessions/" + s1, null, null, all));
        c.add(new Case("GET /sessions/{id}", "sessions/" + s2, null, null, staff));
        c.add(new Case("PUT /sessions/{id}", "sessions/" + s1, json, "{}", staff));
        c.add(new Case("GET /sessions/{id}/enrollments", "sessions/" + s1 + "/enrollments", null, null, all));
        c.add(new Case("POST /sessions/{id}/enrollments", "sessions/" + s1 + "/enrollments", json, "{}", staff));
        c.add(new Case("GET /sessions/{id}/attendance", "sessions/" + s1 + "/attendance", null, null, all));
        c.add(new Case("PUT /sessions/{id}/attendance", "sessions/" + s1 + "/attendance", json, "[]", staff));
        c.add(new Case("GET /sessions/{id}/benefits", "sessions/" + s1 + "/benefits", null, null, staff));
        c.add(new Case("POST /sessions/{id}/benefits", "sessions/" + s1 + "/benefits", json, "{}", staff));
        c.add(new Case("GET /sessions/{id}/form-link", "sessions/" + s1 + "/form-link", null, null, staff));
        for (String kind : List.of("reaction", "pretest", "posttest")) {
            // The peserta's own answer is theirs to give (refused as incomplete); nobody else's.
            c.add(new Case("POST /sessions/{id}/responses/" + kind, "sessions/" + s1 + "/responses/" + kind, json,
                    "{\"nip\":\"" + IN_A1A + "\"}", "AOS"));
            c.add(new Case("POST /sessions/{id}/responses/" + kind, "sessions/" + s1 + "/responses/" + kind, json,
                    "{\"nip\":\"" + IN_B + "\"}", staff));
            c.add(new Case("POST /sessions/{id}/responses/" + kind + "/import", "sessions/" + s1 + "/responses/" + kind
                    + "/import", csv, "nip\n", staff));
        }
        // A follow-up of a participant of the pimpinan's subtree, rated by someone else than the peserta.
        c.add(new Case("POST /followups", "followups", json, "{\"sessionId\":" + s1 + ",\"nip\":\"" + IN_A1A
                + "\",\"supervisorNip\":\"" + IN_A1 + "\",\"phase\":\"BASELINE\"}", "AOP"));
        c.add(new Case("POST /followups", "followups", json, "{\"sessionId\":" + s1 + ",\"nip\":\"" + IN_B
                + "\",\"supervisorNip\":\"" + IN_A1 + "\",\"phase\":\"BASELINE\"}", staff));
        c.add(new Case("POST /followups/import", "followups/import", csv, "sessionId\n", staff));
        c.add(new Case("GET /indicators", "indicators?program=MANWAKTU", null, null, staff));
        c.add(new Case("POST /indicators", "indicators", json, "[]", staff));

        c.add(new Case("GET /evaluations/sessions/{id}", "evaluations/sessions/" + s1, null, null, "AOP"));
        c.add(new Case("GET /evaluations/sessions/{id}", "evaluations/sessions/" + s2, null, null, staff));
        c.add(new Case("GET /evaluations/programs/{code}", "evaluations/programs/MANWAKTU", null, null, staff));
        c.add(new Case("GET /evaluations/units/{code}", "evaluations/units/MX-A1A?year=2026", null, null, "AOP"));
        c.add(new Case("GET /evaluations/units/{code}", "evaluations/units/MX-A?year=2026", null, null, staff));
        c.add(new Case("GET /evaluations/units/{code}/jp-below-minimum", "evaluations/units/MX-A1/jp-below-minimum?year=2026",
                null, null, "AOP"));
        c.add(new Case("GET /evaluations/units/{code}/trend", "evaluations/units/MX-A1/trend?from=2025&to=2026", null,
                null, "AOP"));
        c.add(new Case("GET /evaluations/units/{code}/trend", "evaluations/units/MX-B/trend?from=2025&to=2026", null,
                null, staff));

        c.add(new Case("GET /reports", "reports", null, null, all));
        c.add(new Case("GET /reports/{type}", "reports/unit?format=csv&unit=MX-A1A&year=2026", null, null, "AOP"));
        c.add(new Case("GET /reports/{type}", "reports/unit?format=csv&unit=MX-B&year=2026", null, null, staff));
        c.add(new Case("GET /reports/{type}", "reports/transcript?format=csv&nip=" + IN_A1A + "&year=2026", null, null,
                all));
        c.add(new Case("GET /reports/{type}", "reports/program-evaluation?format=csv&program=MANWAKTU", null, null,
                staff));
        // Issue 11: programme-wide figures and every write for staff; a unit's IKM for its pimpinan too.
        c.add(new Case("GET /evaluations/programs/{code}/delivery", "evaluations/programs/MANWAKTU/delivery", null,
                null, staff));
        c.add(new Case("POST /followups/self-assessments", "followups/self-assessments", json, "{}", staff));
        c.add(new Case("GET /followups/self-assessments/{sessionId}", "followups/self-assessments/" + s1, null, null,
                "AOP"));
        c.add(new Case("GET /followups/self-assessments/{sessionId}", "followups/self-assessments/" + s2, null, null,
                staff));
        c.add(new Case("GET /ikm/{unit}", "ikm/MX-A1A", null, null, "AOP"));
        c.add(new Case("GET /ikm/{unit}", "ikm/MX-B", null, null, staff));
        c.add(new Case("GET /ikm/{unit}/{period}", "ikm/MX-A1A/2026-01", null, null, "AOP"));
        c.add(new Case("GET /ikm/{unit}/{period}", "ikm/MX-B/2026-01", null, null, staff));
        c.add(new Case("POST /ikm/{unit}/{period}", "ikm/MX-A1A/2026-01", json, "[]", staff));
        c.add(new Case("POST /ikm/{unit}/{period}/import", "ikm/MX-A1A/2026-01/import", csv, "respondentId\n", staff));
        c.add(new Case("GET /follow-through/programs/{code}/recommendations",
                "follow-through/programs/MANWAKTU/recommendations", null, null, staff));
        c.add(new Case("GET /follow-through/programs/{code}/actions", "follow-through/programs/MANWAKTU/actions", null,
                null, staff));
        c.add(new Case("POST /follow-through/programs/{code}/actions", "follow-through/programs/MANWAKTU/actions", json,
                "{}", staff));
        c.add(new Case("PUT /follow-through/actions/{id}", "follow-through/actions/999999", json, "{}", staff));
        planningCases(c, all, staff, json, csv);

        // Issue 10 scheduling: staff run jobs and enter duty data; a pimpinan reads their own subtree.
        c.add(new Case("GET /planning/schedules", "planning/schedules", null, null, "AOP"));
        c.add(new Case("POST /planning/schedules", "planning/schedules", json, "{}", staff));
        c.add(new Case("GET /planning/schedules/{id}", "planning/schedules/no-such-job", null, null, "AOP"));
        c.add(new Case("POST /planning/schedules/{id}/stop", "planning/schedules/no-such-job/stop", null, null,
                staff));
        c.add(new Case("POST /planning/schedules/{id}/plan", "planning/schedules/no-such-job/plan", json, "{}",
                staff));
        c.add(new Case("POST /planning/schedules/{id}/restart", "planning/schedules/no-such-job/restart", null, null,
                staff));
        c.add(new Case("GET /planning/duties", "planning/duties?unit=MX-A1A", null, null, "AOP"));
        c.add(new Case("GET /planning/duties", "planning/duties?unit=MX-B", null, null, staff));
        c.add(new Case("POST /planning/duties", "planning/duties", json, "{}", staff));
        c.add(new Case("POST /planning/duties/import", "planning/duties/import", csv, "nip\n", staff));
        c.add(new Case("GET /planning/staffing", "planning/staffing?unit=MX-A1A", null, null, "AOP"));
        c.add(new Case("GET /planning/staffing", "planning/staffing?unit=MX-B", null, null, staff));
        c.add(new Case("PUT /planning/staffing", "planning/staffing", json, "{}", staff));
        c.add(new Case("POST /planning/staffing/import", "planning/staffing/import", csv, "unit\n", staff));
        return c;
    }

    /** Planning: staff write and read all; the pimpinan reads their subtree; the peserta their own needs. */
    private void planningCases(List<Case> c, String all, String staff, String json, String csv) {
        c.add(new Case("GET /planning/needs", "planning/needs?unit=MX-A1&year=2026", null, null, "AOP"));
        c.add(new Case("GET /planning/needs", "planning/needs?unit=MX-B&year=2026", null, null, staff));
        c.add(new Case("GET /planning/needs/participants/{nip}", "planning/needs/participants/" + IN_A1A + "?year=2026",
                null, null, all));
        c.add(new Case("GET /planning/needs/participants/{nip}", "planning/needs/participants/" + IN_B + "?year=2026",
                null, null, staff));
        c.add(new Case("GET /planning/needs/requirements", "planning/needs/requirements", null, null, all));
        c.add(new Case("POST /planning/needs/requirements/import", "planning/needs/requirements/import", csv,
                "positionTitle\n", staff));
        c.add(new Case("GET /planning/needs/levels/{nip}", "planning/needs/levels/" + IN_A1A, null, null, all));
        c.add(new Case("GET /planning/needs/levels/{nip}", "planning/needs/levels/" + IN_B, null, null, staff));
        c.add(new Case("POST /planning/needs/levels/import", "planning/needs/levels/import", csv, "nip\n", staff));
        c.add(new Case("GET /planning/needs/program-competencies", "planning/needs/program-competencies", null, null,
                all));
        c.add(new Case("POST /planning/needs/program-competencies/import", "planning/needs/program-competencies/import",
                csv, "programCode\n", staff));
        c.add(new Case("GET /planning/budgets", "planning/budgets?year=2026", null, null, "AOP"));
        // The records' year is a number the JSON reader requires, so the invalid bodies carry one (outside 2000-2100).
        c.add(new Case("PUT /planning/budgets", "planning/budgets", json, "{\"year\":1999}", staff));
        c.add(new Case("GET /planning/plans", "planning/plans?year=2026", null, null, "AOP"));
        c.add(new Case("POST /planning/plans", "planning/plans", json, "{\"year\":1999}", staff));
        c.add(new Case("GET /planning/plans/{plan}", "planning/plans/" + planA1, null, null, "AOP"));
        c.add(new Case("GET /planning/plans/{plan}", "planning/plans/" + planB, null, null, staff));
        c.add(new Case("GET /planning/plans/{plan}/versions/{version}", "planning/plans/" + planA1 + "/versions/1", null,
                null, "AOP"));
        c.add(new Case("GET /planning/plans/{plan}/versions/{version}", "planning/plans/" + planB + "/versions/1", null,
                null, staff));
        c.add(new Case("GET /planning/plans/{plan}/compare", "planning/plans/" + planA1 + "/compare?from=1&to=1", null,
                null, "AOP"));
        c.add(new Case("GET /planning/plans/{plan}/compare", "planning/plans/" + planB + "/compare?from=1&to=1", null,
                null, staff));
        // Line 9 does not exist: an allowed acceptance is refused (404) and creates nothing.
        c.add(new Case("POST /planning/plans/{plan}/versions/{version}/accept", "planning/plans/" + planA1
                + "/versions/1/accept", json, "{\"lines\":[9]}", staff));
        c.add(new Case("GET /planning/plans/{plan}/versions/{version}/progress", "planning/plans/" + planA1
                + "/versions/1/progress", null, null, "AOP"));
        c.add(new Case("GET /planning/plans/{plan}/versions/{version}/progress", "planning/plans/" + planB
                + "/versions/1/progress", null, null, staff));
        c.add(new Case("GET /planning/siasn", "planning/siasn?year=2026&unit=MX-A1", null, null, staff));
        c.add(new Case("GET /planning/siasn", "planning/siasn?year=2026&unit=MX-A1&format=csv", null, null, staff));
    }

    private static HttpRequest.Builder request(Case c) {
        String method = c.op().substring(0, c.op().indexOf(' '));
        HttpRequest.BodyPublisher body = c.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(c.body());
        HttpRequest.Builder b = HttpRequest.newBuilder(api(c.path())).method(method, body);
        if (c.contentType() != null) {
            b.header("Content-Type", c.contentType());
        }
        return b;
    }

    /** Every "METHOD /path" of the assembled OpenAPI document. */
    private static Set<String> operations(String pw) throws Exception {
        JsonNode paths = new ObjectMapper().readTree(get("openapi.json", pw)).path("paths");
        Set<String> out = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = paths.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> path = it.next();
            for (Iterator<String> methods = path.getValue().fieldNames(); methods.hasNext();) {
                String m = methods.next();
                if (Set.of("get", "post", "put", "delete", "patch").contains(m)) {
                    out.add(m.toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
                }
            }
        }
        return out;
    }

    private static String getAs(String path, String user) throws Exception {
        HttpResponse<String> r = send(HttpRequest.newBuilder(api(path)), user, PASSWORD);
        assertEquals(user + " GET " + path + ": " + r.body(), 200, r.statusCode());
        return r.body();
    }

    /** The values of {@code field} of the objects of a JSON array (the top level, or under {@code list}). */
    private static Set<String> field(String json, String list, String field) throws Exception {
        JsonNode root = new ObjectMapper().readTree(json);
        JsonNode items = list == null ? root : root.path(list);
        Set<String> out = new TreeSet<>();
        items.forEach(n -> out.add(n.path(field).asText()));
        return out;
    }

    private static String abbreviate(String body) {
        return body.length() > 160 ? body.substring(0, 160) + "..." : body;
    }

    private static Participant person(String nip, String unit, String supervisor) {
        return new Participant(nip, "Peserta " + unit, null, null, unit, "Pengadministrasi Umum", PositionType.PELAKSANA,
                Rank.III_A, Education.S1, supervisor, null);
    }

    private long session(LocalDateTime start, String... nips) {
        long id = catalog.createSession(TrainingSession.of("MANWAKTU", start, start.plusHours(4), "Aula", null, 10,
                List.of("Fasilitator"), List.of(), List.of())).id();
        for (String nip : nips) {
            catalog.enroll(id, nip, EnrollmentStatus.REGISTERED, null, null);
        }
        return id;
    }
}
