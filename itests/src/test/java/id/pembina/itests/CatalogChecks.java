package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

/** The catalog over real HTTP and in the console: seed modules, a session, its waitlist and attendance. */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class CatalogChecks extends PembinaTestSupport {

    private static final String[] NIPS = { "198001012005011001", "198102022006012002", "198203032007011003" };

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void seedModulesSessionWaitlistAttendanceAndConsole() throws Exception {
        String pw = awaitApi();
        await("the four seed programmes", () -> {
            String p = get("programs", pw);
            return p.contains("\"code\":\"KOM-PELAYANAN\"") && p.contains("\"code\":\"TI-PELAYANAN\"")
                    && p.contains("\"code\":\"MANWAKTU\"") && p.contains("\"code\":\"ETIKA-ASN\"");
        });
        String detail = get("programs/ETIKA-ASN", pw);
        assertTrue(detail, detail.contains("\"reaction\":{\"version\":\"1.0\",\"anonymous\":true"));

        registry.createUnit(new OrganizationUnit("IT-CAT", "Kelurahan Uji", null));
        for (String nip : NIPS) {
            registry.create(new Participant(nip, "Peserta " + nip.substring(0, 4), null, null, "IT-CAT", "Pengadministrasi Umum",
                    PositionType.PELAKSANA, Rank.II_C, Education.SMA, null, null));
        }
        HttpResponse<String> created = send(json("sessions", "{\"programCode\":\"MANWAKTU\","
                + "\"start\":\"2026-03-02T08:00:00\",\"end\":\"2026-03-03T12:00:00\",\"venue\":\"Aula Kecamatan\","
                + "\"capacity\":2,\"facilitators\":[\"Dra. Rosmawati\"],"
                + "\"costs\":[{\"category\":\"HONORARIA\",\"description\":\"Narasumber\",\"amount\":1500000.00},"
                + "{\"category\":\"CONSUMPTION\",\"description\":\"Konsumsi 2 hari\",\"amount\":250000.50}],"
                + "\"meetings\":[{\"start\":\"2026-03-02T08:00:00\",\"end\":\"2026-03-02T12:00:00\"},"
                + "{\"start\":\"2026-03-03T08:00:00\",\"end\":\"2026-03-03T12:00:00\"}]}"), "admin", pw);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"totalCost\":1750000.50,\"scheduledJp\":10,\"moduleInstalled\":true"));
        String id = created.body().replaceAll("^\\{\"id\":(\\d+),.*$", "$1");

        String[] statuses = new String[3];
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> r = send(json("sessions/" + id + "/enrollments", "{\"nip\":\"" + NIPS[i] + "\"}"), "admin", pw);
            assertEquals(r.body(), 200, r.statusCode());
            statuses[i] = r.body();
        }
        assertTrue(statuses[2], statuses[2].contains("\"status\":\"WAITLISTED\",\"absenceReason\":null,\"note\":null,\"waitlistPosition\":1"));

        HttpResponse<String> cancel = send(json("sessions/" + id + "/enrollments", "{\"nip\":\"" + NIPS[0]
                + "\",\"status\":\"CANCELLED\",\"absenceReason\":\"WORKLOAD\",\"note\":\"Pelayanan KTP ramai\"}"), "admin", pw);
        assertTrue(cancel.body(), cancel.body().contains("\"status\":\"CANCELLED\",\"absenceReason\":\"WORKLOAD\""));
        String list = get("sessions/" + id + "/enrollments", pw);
        assertTrue(list, list.contains("{\"sessionId\":" + id + ",\"nip\":\"" + NIPS[2] + "\",\"status\":\"REGISTERED\""));
        List<String> enrollments = console(sessions, "pembina:enrollment-list " + id).lines().toList();
        assertTrue(enrollments.toString(), enrollments.stream().anyMatch(l -> l.matches(" *" + NIPS[0]
                + " +\\| Peserta 1980 +\\| CANCELLED +\\| +\\| WORKLOAD +\\| Pelayanan KTP ramai *")));
        assertTrue(enrollments.toString(), enrollments.contains("3 pendaftaran di sesi " + id + " / 3 enrollments in session " + id));

        // 4 h + 4 h of meetings; present at the first only: 50% < 80%, no JP; present at both: 12 JP
        HttpResponse<String> marked = send(HttpRequest.newBuilder(api("sessions/" + id + "/attendance"))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString("["
                        + "{\"nip\":\"" + NIPS[1] + "\",\"meeting\":1,\"present\":true},"
                        + "{\"nip\":\"" + NIPS[1] + "\",\"meeting\":2,\"present\":true},"
                        + "{\"nip\":\"" + NIPS[2] + "\",\"meeting\":1,\"present\":true},"
                        + "{\"nip\":\"" + NIPS[2] + "\",\"meeting\":2,\"present\":false,\"absenceReason\":\"SICKNESS\"}]")),
                "admin", pw);
        assertEquals(marked.body(), 200, marked.statusCode());
        assertEquals("[{\"nip\":\"" + NIPS[1] + "\",\"meetingsPresent\":2,\"meetings\":2,\"minutesPresent\":480,"
                + "\"minutesScheduled\":480,\"ratio\":1.0000,\"jpCredited\":12,\"absencesByReason\":{}},{\"nip\":\"" + NIPS[2]
                + "\",\"meetingsPresent\":1,\"meetings\":2,\"minutesPresent\":240,\"minutesScheduled\":480,"
                + "\"ratio\":0.5000,\"jpCredited\":0,\"absencesByReason\":{\"SICKNESS\":1}}]", marked.body());

        HttpResponse<String> badMark = send(HttpRequest.newBuilder(api("sessions/" + id + "/attendance"))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("[{\"nip\":\"" + NIPS[0] + "\",\"meeting\":3,\"present\":true}]")),
                "admin", pw);
        assertEquals(400, badMark.statusCode());
        assertTrue(badMark.body(), badMark.body().contains("\"code\":\"attendance.meetingUnknown\",\"message\":\"Pertemuan ke-3 tidak ada pada sesi ini\""));

        String programs = console(sessions, "pembina:program-list");
        assertTrue(programs, programs.contains("MANWAKTU") && programs.contains("ETIKA-ASN"));
        String modules = console(sessions, "pembina:module-list");
        assertTrue(modules, modules.contains("manajemen-waktu") && modules.contains("ACTIVE"));
        String added = console(sessions, "pembina:session-add -c 25 -v \"Aula Kelurahan\" KOM-PELAYANAN 2026-04-06T08:00 2026-04-06T16:00");
        assertTrue(added, added.matches("(?s).*Sesi \\d+ dijadwalkan / Session \\d+ scheduled.*"));
        String enrolled = console(sessions, "pembina:enroll " + id + " " + NIPS[0]);
        assertTrue(enrolled, enrolled.contains(NIPS[0] + ": REGISTERED") || enrolled.contains(NIPS[0] + ": WAITLISTED"));
        String listed = console(sessions, "pembina:session-list --program MANWAKTU");
        assertTrue(listed, listed.contains("Aula Kecamatan") && listed.contains("1750000.50"));

        List<String> shown = console(sessions, "pembina:session-show " + id).lines().toList();
        assertEquals(shown.toString(), "Sesi " + id + ": MANWAKTU, 2026-03-02T08:00 s.d. 2026-03-03T12:00 / Session " + id
                + ": MANWAKTU, 2026-03-02T08:00 to 2026-03-03T12:00", shown.get(0));
        assertEquals(List.of("  tempat: Aula Kecamatan / venue: Aula Kecamatan",
                "  penyampaian: CLASSROOM / delivery: CLASSROOM",
                "  fasilitator: Dra. Rosmawati / facilitator: Dra. Rosmawati",
                "  pertemuan 1: 2026-03-02T08:00 s.d. 2026-03-02T12:00 / meeting 1: 2026-03-02T08:00 to 2026-03-02T12:00",
                "  pertemuan 2: 2026-03-03T08:00 s.d. 2026-03-03T12:00 / meeting 2: 2026-03-03T08:00 to 2026-03-03T12:00",
                "  biaya HONORARIA: Narasumber, Rp 1500000.00 / cost HONORARIA: Narasumber, Rp 1500000.00",
                "  biaya CONSUMPTION: Konsumsi 2 hari, Rp 250000.50 / cost CONSUMPTION: Konsumsi 2 hari, Rp 250000.50",
                "  total biaya Rp 1750000.50 / total cost Rp 1750000.50"), shown.subList(2, shown.size()));
        assertEquals("Sesi 987654321 tidak ditemukan / No session 987654321",
                console(sessions, "pembina:session-show 987654321").strip());
        assertEquals("Sesi 987654321 tidak ditemukan / No session 987654321",
                console(sessions, "pembina:enrollment-list 987654321").strip());

        List<String> reaction = console(sessions, "pembina:instrument-show ETIKA-ASN reaction 1.0").lines().toList();
        assertEquals("angket reaksi 1.0: 14 butir, anonim / reaction questionnaire 1.0: 14 items, anonymous", reaction.get(0));
        assertEquals("  R14  Secara keseluruhan saya puas dengan seminar ini.", reaction.get(14));
        assertEquals("Instrumen reaction versi 9.9 untuk program ETIKA-ASN tidak ditemukan / No reaction instrument version 9.9 "
                + "for programme ETIKA-ASN", console(sessions, "pembina:instrument-show ETIKA-ASN reaction 9.9").strip());
        assertEquals("Jenis instrumen quiz tidak dikenal (reaction, knowledge-test, behaviour) / Unknown instrument kind quiz "
                + "(reaction, knowledge-test, behaviour)", console(sessions, "pembina:instrument-show ETIKA-ASN quiz 1.0").strip());
    }
}
