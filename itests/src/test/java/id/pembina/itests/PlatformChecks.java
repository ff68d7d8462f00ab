package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.inject.Inject;

import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;

/** The built distribution: bundles, registry service, REST with login, CSV import, console. */
@RunWith(PaxExam.class)
// Run by SharedDistributionIT, in one container with the other *Checks classes.
@ExamReactorStrategy(PerSuite.class)
public class PlatformChecks extends PembinaTestSupport {

    private static final String UNIT = "IT-KEC";
    private static final String CAMAT = "197805172003121002";

    @Inject
    private BundleContext context;

    @Inject
    private ParticipantRegistry registry;

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void everyPembinaBundleIsActive() {
        Map<String, Integer> states = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("pembina-")) {
                states.put(b.getSymbolicName(), b.getState());
            }
        }
        assertTrue(states.keySet().toString(), states.keySet().containsAll(Set.of("pembina-catalog-spi", "pembina-demo",
                "pembina-participant-registry", "pembina-persistence", "pembina-platform", "pembina-rest-common",
                "pembina-registry-rest", "pembina-catalog-rest", "pembina-evaluation-rest", "pembina-security",
                "pembina-registry-shell", "pembina-catalog-shell", "pembina-evaluation-shell", "pembina-training-catalog")));
        states.forEach((name, state) -> assertEquals(name + " state", Bundle.ACTIVE, (int) state));
    }

    @Test
    public void healthIsOpenAndUp() throws Exception {
        await("health UP", () -> send(HttpRequest.newBuilder(api("health")), null, null).statusCode() == 200);
        // without login: the status only (EdgeChecks); the components are in the admin's answer
        assertEquals("{\"status\":\"UP\"}", send(HttpRequest.newBuilder(api("health")), null, null).body());
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("health")), "admin", adminPassword());
        assertTrue(r.body(), r.body().startsWith("{\"status\":\"UP\""));
        assertTrue(r.body(), r.body().contains("\"name\":\"id.pembina.participant.internal.RegistryService\","
                + "\"bundle\":\"pembina-participant-registry\",\"state\":\"ACTIVE\""));
    }

    @Test
    public void restNeedsLogin() throws Exception {
        awaitApi();
        HttpResponse<String> r = send(HttpRequest.newBuilder(api("participants")), null, null);
        assertEquals(401, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertTrue(r.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));

        HttpResponse<String> wrong = send(HttpRequest.newBuilder(api("participants")), "admin", "not-the-password");
        assertEquals(401, wrong.statusCode());
    }

    @Test
    public void createReadImportOverHttpAndConsole() throws Exception {
        final String UNIT = "IT-HTTP";
        String pw = awaitApi();
        HttpResponse<String> unit = send(json("units", "{\"code\":\"" + UNIT + "\",\"name\":\"Kecamatan Uji\"}"),
                "admin", pw);
        assertEquals(unit.body(), 201, unit.statusCode());

        HttpResponse<String> created = send(json("participants", "{\"nip\":\"" + CAMAT + "\",\"name\":\"Rahmat Hidayat\","
                + "\"unitCode\":\"" + UNIT + "\",\"positionTitle\":\"Camat\",\"positionType\":\"ADMINISTRATOR\","
                + "\"rank\":\"IV/a\",\"education\":\"S2\"}"), "admin", pw);
        assertEquals(created.body(), 201, created.statusCode());
        assertTrue(created.body(), created.body().contains("\"gender\":\"MALE\",\"birthDate\":\"1978-05-17\""));

        HttpResponse<String> read = send(HttpRequest.newBuilder(api("participants/" + CAMAT)), "admin", pw);
        assertEquals(200, read.statusCode());
        assertEquals("{\"nip\":\"" + CAMAT + "\",\"name\":\"Rahmat Hidayat\",\"gender\":\"MALE\",\"birthDate\":\"1978-05-17\","
                + "\"unitCode\":\"" + UNIT + "\",\"positionTitle\":\"Camat\",\"positionType\":\"ADMINISTRATOR\","
                + "\"rank\":\"IV/a\",\"education\":\"S2\",\"supervisorNip\":null,\"active\":true}", read.body());

        HttpResponse<String> duplicate = send(json("participants", created.body()), "admin", pw);
        assertEquals(409, duplicate.statusCode());

        String csv = "nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip\n"
                + "199203142019032011,\"Nurhayati Siregar, S.Kom.\"," + UNIT + ",Pranata Komputer,FUNGSIONAL,III/a,S1," + CAMAT + "\n"
                + "199511202020121004,Dedi Kurniawan," + UNIT + ",Pengadministrasi Umum,PELAKSANA,II/c,D3," + CAMAT + "\n";
        HttpResponse<String> imported = send(HttpRequest.newBuilder(api("participants/import"))
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv)), "admin", pw);
        assertEquals(imported.body(), 200, imported.statusCode());
        assertEquals("{\"rows\":2,\"imported\":2}", imported.body());
        assertEquals(3, registry.search(new id.pembina.participant.api.ParticipantQuery(UNIT, null, null, false, 0, 50)).total());

        String bad = "nip,name,unitCode,positionTitle,positionType,rank,education\n"
                + "199001012015052001,Baik," + UNIT + ",Staf,PELAKSANA,II/a,SMA\n"
                + "12345,Salah," + UNIT + ",Staf,PELAKSANA,II/a,SMA\n";
        HttpResponse<String> refused = send(HttpRequest.newBuilder(api("participants/import"))
                .header("Content-Type", "text/csv").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString(bad)), "admin", pw);
        assertEquals(400, refused.statusCode());
        assertTrue(refused.body(), refused.body().contains(
                "\"errors\":[{\"line\":3,\"field\":\"nip\",\"code\":\"nip.format\",\"message\":\"A NIP is exactly 18 digits\"}]"));
        assertTrue(registry.find("199001012015052001").isEmpty());

        String listed = console(sessions, "pembina:participant-list --unit " + UNIT);
        assertTrue(listed, listed.contains(CAMAT) && listed.contains("Nurhayati Siregar, S.Kom.")
                && listed.contains("1-3 dari 3 peserta / 1-3 of 3 participants"));
        String shown = console(sessions, "pembina:participant-show 199511202020121004");
        assertTrue(shown, shown.contains("Dedi Kurniawan") && shown.contains("II/c Pengatur") && shown.contains(CAMAT));
    }

    @Test
    public void badNipIsAProblemAndChangesNothing() throws Exception {
        String pw = awaitApi();
        registry.findUnit(UNIT).orElseGet(() -> registry.createUnit(new OrganizationUnit(UNIT, "Kecamatan Uji", null)));
        long before = registry.count();
        HttpResponse<String> r = send(json("participants", "{\"nip\":\"198613402015051001\",\"name\":\"Salah Tanggal\","
                + "\"unitCode\":\"" + UNIT + "\",\"positionTitle\":\"Staf\",\"positionType\":\"PELAKSANA\","
                + "\"rank\":\"II/a\",\"education\":\"SMA\"}"), "admin", pw);
        assertEquals(400, r.statusCode());
        assertEquals("application/problem+json", r.headers().firstValue("Content-Type").orElse(""));
        assertEquals("{\"type\":\"urn:pembina:problem:validation\",\"title\":\"Data tidak valid\",\"status\":400,"
                + "\"detail\":\"1 isian tidak valid; tidak ada yang diubah\",\"errors\":[{\"field\":\"nip\","
                + "\"code\":\"nip.birthDate\",\"message\":\"Digit 1-8 NIP bukan tanggal lahir yang valid\"}]}", r.body());
        assertEquals(before, registry.count());
    }

    @Test
    public void consoleAddsAParticipant() throws Exception {
        awaitApi();
        registry.findUnit(UNIT).orElseGet(() -> registry.createUnit(new OrganizationUnit(UNIT, "Kecamatan Uji", null)));
        String out = console(sessions, "pembina:participant-add -u " + UNIT + " -t \"Analis Kebijakan\" -p FUNGSIONAL"
                + " -r III/b -e S1 198801052012122003 \"Maya Sari Harahap\"");
        assertTrue(out, out.contains("Terdaftar: 198801052012122003 Maya Sari Harahap"));
        assertEquals("Maya Sari Harahap", registry.find("198801052012122003").orElseThrow().name());

        java.nio.file.Path csv = java.nio.file.Path.of(System.getProperty("karaf.data"), "tmp", "impor.csv");
        java.nio.file.Files.createDirectories(csv.getParent());
        java.nio.file.Files.writeString(csv, "nip,name,unitCode,positionTitle,positionType,rank,education\n"
                + "199708172022032004,Putri Ayu Nasution," + UNIT + ",Pengelola Data,PELAKSANA,II/c,D3\n");
        String imported = console(sessions, "pembina:participant-import " + csv);
        assertTrue(imported, imported.contains("1 peserta diimpor / 1 participants imported"));
        assertEquals("Putri Ayu Nasution", registry.find("199708172022032004").orElseThrow().name());
    }

    @Test
    public void consoleKeepsUnitsAndParticipants() throws Exception {
        awaitApi();
        String nip = "199203152019031005";
        assertEquals("Unit ditambahkan: IT-KONSOL Kecamatan Konsol / Unit added: IT-KONSOL Kecamatan Konsol",
                console(sessions, "pembina:unit-add IT-KONSOL \"Kecamatan Konsol\"").strip());
        assertEquals("Unit ditambahkan: IT-KONSOL-1 Kelurahan Konsol / Unit added: IT-KONSOL-1 Kelurahan Konsol",
                console(sessions, "pembina:unit-add -p IT-KONSOL IT-KONSOL-1 \"Kelurahan Konsol\"").strip());
        assertEquals("Kode unit IT-KONSOL-1 sudah dipakai / Unit code IT-KONSOL-1 is already taken",
                console(sessions, "pembina:unit-add -p IT-KONSOL IT-KONSOL-1 Lagi").strip());
        List<String> tree = console(sessions, "pembina:unit-list").lines().toList();
        int root = tree.indexOf("IT-KONSOL  Kecamatan Konsol");
        assertTrue(tree.toString(), root >= 0);
        assertEquals("  IT-KONSOL-1  Kelurahan Konsol", tree.get(root + 1));
        assertEquals(List.of(String.format("%-28s %s", "Kode / Code", "IT-KONSOL-1"),
                String.format("%-28s %s", "Nama / Name", "Kelurahan Konsol"),
                String.format("%-28s %s", "Induk / Parent", "IT-KONSOL"),
                String.format("%-28s %s", "Di bawahnya / Below", "-")),
                console(sessions, "pembina:unit-show IT-KONSOL-1").lines().toList());
        assertEquals("Unit tidak ditemukan: IT-NONE / Unknown unit: IT-NONE", console(sessions, "pembina:unit-show IT-NONE").strip());

        console(sessions, "pembina:participant-add -u IT-KONSOL -t Pengolah -p PELAKSANA -r II/c -e SMA " + nip + " \"Rudi Hartono\"");
        assertEquals("Diubah: " + nip + " Rudi Hartono / Updated: " + nip + " Rudi Hartono",
                console(sessions, "pembina:participant-update -u IT-KONSOL-1 -r III/a " + nip).strip());
        var updated = registry.find(nip).orElseThrow();
        assertEquals(List.of("IT-KONSOL-1", "III/a", "Pengolah", "SMA"),
                List.of(updated.unitCode(), updated.rank().code(), updated.positionTitle(), updated.education().name()));
        assertTrue(console(sessions, "pembina:participant-update -r IX/z " + nip).startsWith("Nilai tidak valid: "));
        assertEquals("Peserta dengan NIP 199912312020121999 tidak ditemukan / No participant with NIP 199912312020121999",
                console(sessions, "pembina:participant-update -r III/b 199912312020121999").strip());
        assertEquals("Dinonaktifkan: " + nip + " Rudi Hartono (data dan riwayat tetap ada) / Deactivated: " + nip
                + " Rudi Hartono (record and history stay)", console(sessions, "pembina:participant-deactivate " + nip).strip());
        assertTrue(!registry.find(nip).orElseThrow().isActive());
        assertEquals("Peserta dengan NIP 12345 tidak ditemukan / No participant with NIP 12345",
                console(sessions, "pembina:participant-deactivate 12345").strip());
    }
}
