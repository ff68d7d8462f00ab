package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.inject.Inject;

import org.apache.karaf.features.FeaturesService;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentConfigurationDTO;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import id.pembina.itests.fixture.FixtureModule;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * Training modules come and go while the server runs: through deploy/, through features, upgraded
 * in place and removed; records stay; no core bundle is touched and no core component restarts.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class ModuleHotDeployIT extends PembinaTestSupport {

    private static final String NIP = "198505052010011003";

    @Inject
    private BundleContext context;

    @Inject
    private ServiceComponentRuntime scr;

    /**
     * Runs {@code call} with the features service registered now. Karaf replaces that service when its
     * configuration is (re)read, and a replaced one refuses work (its executor is shut down): one injected at the
     * start then fails the test (seen once). A refusal happens before any work, so the call is tried again.
     */
    private void withFeatures(String what, FeaturesCall call) throws Exception {
        await(what, () -> {
            org.osgi.framework.ServiceReference<FeaturesService> ref = context.getServiceReference(FeaturesService.class);
            FeaturesService service = ref == null ? null : context.getService(ref);
            if (service == null) {
                return false;
            }
            try {
                call.run(service);
                return true;
            } catch (java.util.concurrent.RejectedExecutionException e) {
                return false;
            } catch (Exception e) {
                throw new AssertionError(what + ": " + e, e); // not retried
            } finally {
                context.ungetService(ref);
            }
        });
    }

    @FunctionalInterface
    private interface FeaturesCall {
        void run(FeaturesService features) throws Exception;
    }

    @Inject
    private ParticipantRegistry registry;

    /** An account with the role {@code operator}: may use the API, may not check module jars. */
    private static final String OPERATOR = "operator";
    private static final String OPERATOR_PASSWORD = "Operator-Rahasia-1";

    @Inject
    private SessionFactory sessions;

    @Configuration
    public Option[] config() {
        return distribution();
    }

    @Test
    public void modulesComeAndGoWithoutTouchingTheCore() throws Exception {
        String pw = awaitApi();
        Accounts.create(pw, OPERATOR, OPERATOR_PASSWORD, "operator");
        await("the seed modules", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        Map<Long, String> coreBefore = coreBundles();
        Map<String, Long> componentsBefore = coreComponents();
        List<String> coreEvents = new ArrayList<>();
        SynchronousBundleListener listener = e -> {
            String name = e.getBundle().getSymbolicName();
            if (name != null && !name.startsWith("pembina-module-") && !name.startsWith("PAXEXAM")) {
                coreEvents.add(name + " " + e.getType());
            }
        };
        context.addBundleListener(listener);
        try {
            // (a) a module jar copied into deploy/ shows up
            Path deployed = Path.of(System.getProperty("karaf.home"), "deploy", "pembina-module-fixture.jar");
            Files.copy(fixture("1.0.0"), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("FIX-01 offered", () -> get("programs", pw).contains("\"code\":\"" + FixtureModule.CODE + "\""));
            String modules = get("modules", pw);
            assertTrue(modules, modules.contains("\"id\":\"fixture\",\"name\":\"Modul Uji\",\"version\":\"1.0.0\""));
            long fixtureBundle = bundleId(FixtureJars.SYMBOLIC_NAME);

            // a careless 1.0.1 (changed answer key under the stored test version 1.0) is caught before deployment
            checkedBeforeDeployment(pw, fixtureBundle);

            // a record made against the 1.0 programme
            registry.findUnit("IT-HOT").orElseGet(() -> registry.createUnit(new OrganizationUnit("IT-HOT", "Unit Uji", null)));
            registry.find(NIP).orElseGet(() -> registry.create(new id.pembina.participant.api.Participant(NIP,
                    "Hendra Gunawan", null, null, "IT-HOT", "Pranata Komputer", id.pembina.participant.api.PositionType.FUNGSIONAL,
                    id.pembina.participant.api.Rank.III_B, id.pembina.participant.api.Education.S1, null, null)));
            HttpResponse<String> session = send(json("sessions", "{\"programCode\":\"FIX-01\",\"start\":\"2026-02-02T08:00:00\","
                    + "\"end\":\"2026-02-02T16:00:00\",\"venue\":\"Aula Kantor Camat\",\"capacity\":20}"), "admin", pw);
            assertEquals(session.body(), 201, session.statusCode());
            String sessionId = find(session.body(), "\"id\":(\\d+)");
            HttpResponse<String> enrolled = send(json("sessions/" + sessionId + "/enrollments", "{\"nip\":\"" + NIP + "\"}"),
                    "admin", pw);
            assertEquals(enrolled.body(), 200, enrolled.statusCode());

            // (c) upgrade in place to 1.1: same bundle, new instrument versions, 1.0 still readable
            Files.copy(fixture("1.1.0"), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("module 1.1.0", () -> get("modules", pw).contains("\"version\":\"1.1.0\""));
            assertEquals(fixtureBundle, bundleId(FixtureJars.SYMBOLIC_NAME));
            String detail = get("programs/FIX-01", pw);
            assertTrue(detail, detail.contains("\"reaction\":{\"version\":\"1.1\""));
            assertTrue(detail, detail.contains("{\"kind\":\"KNOWLEDGE_TEST\",\"version\":\"1.0\",\"moduleVersion\":\"1.0.0\"}"));
            assertTrue(detail, detail.contains("{\"kind\":\"KNOWLEDGE_TEST\",\"version\":\"1.1\",\"moduleVersion\":\"1.1.0\"}"));
            String old = get("programs/FIX-01/instruments/knowledge-test/1.0", pw);
            assertTrue(old, old.contains("\"id\":\"T02\",\"question\":\"Indeks kepuasan masyarakat disingkat?\","
                    + "\"options\":[\"IPK\",\"IPM\",\"IKM\"],\"answerIndex\":2"));
            assertTrue(get("programs/FIX-01/instruments/reaction/1.0", pw).contains("Materi relevan dengan tugas saya"));

            // (d) removal: the programme leaves the offer, its records stay readable
            Files.delete(deployed);
            await("FIX-01 withdrawn", () -> !get("programs", pw).contains("\"code\":\"FIX-01\""));
            assertTrue(get("programs/FIX-01", pw).contains("\"installed\":false"));
            assertTrue(get("sessions/" + sessionId, pw).contains("\"moduleInstalled\":false"));
            assertTrue(get("sessions/" + sessionId + "/enrollments", pw).contains("\"nip\":\"" + NIP + "\",\"status\":\"REGISTERED\""));

            // ... and are live again when it returns
            Files.copy(fixture("1.1.0"), deployed, StandardCopyOption.REPLACE_EXISTING);
            await("FIX-01 back", () -> get("sessions/" + sessionId, pw).contains("\"moduleInstalled\":true"));
            Files.delete(deployed);
            await("fixture gone", () -> !get("modules", pw).contains("\"id\":\"fixture\""));

            // (b) a module as a Karaf feature, without refreshing anything else
            withFeatures("MANWAKTU's feature uninstalled", f -> f.uninstallFeature("pembina-module-manajemen-waktu",
                    EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles)));
            await("MANWAKTU withdrawn", () -> !get("programs", pw).contains("\"code\":\"MANWAKTU\""));
            withFeatures("MANWAKTU's feature installed", f -> f.installFeature("pembina-module-manajemen-waktu",
                    EnumSet.of(FeaturesService.Option.NoAutoRefreshBundles)));
            await("MANWAKTU back", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        } finally {
            context.removeBundleListener(listener);
        }
        assertEquals("events of core bundles", List.of(), coreEvents);
        assertEquals("core bundles: id and last-modified", coreBefore, coreBundles());
        assertEquals("core components: configuration ids", componentsBefore, coreComponents());
    }

    @Test
    public void brokenModulesAreShownWithTheirReasonAndEverythingElseWorks() throws Exception {
        String pw = awaitApi();
        await("the seed modules", () -> get("programs", pw).contains("\"code\":\"MANWAKTU\""));
        Path deploy = Path.of(System.getProperty("karaf.home"), "deploy");
        List<Path> copied = new ArrayList<>();
        try (var broken = Files.list(Path.of(System.getProperty("pembina.it.fixtures"), "broken"))) {
            for (Path jar : broken.toList()) {
                copied.add(Files.copy(jar, deploy.resolve(jar.getFileName()), StandardCopyOption.REPLACE_EXISTING));
            }
        }
        try {
            assertEquals(4, copied.size());
            await("the four broken modules with their reasons", () -> {
                String m = get("modules", pw);
                return m.split("\"status\":\"BROKEN\"").length - 1 == 4 && m.contains("failed to activate");
            });
            String modules = get("modules", pw);
            // activation throws: the exception's message
            assertTrue(modules, modules.contains("\"name\":\"pembina-module-broken-activation\""));
            assertTrue(modules, modules.contains("failed to activate: java.lang.IllegalStateException: Modul rusak: "
                    + "berkas soal tidak ditemukan"));
            // unresolvable import: the package nobody exports
            assertTrue(modules, modules.contains("\"name\":\"pembina-module-broken-import\""));
            assertTrue(modules, modules.contains("the bundle cannot be resolved: nothing exports ")
                    && modules.contains("osgi.wiring.package=id.pembina.nowhere"));
            // bad manifest and not a jar: files in deploy/ that never became bundles
            assertTrue(modules, modules.contains("\"name\":\"pembina-module-bad-manifest.jar\",\"version\":null,"
                    + "\"bundleId\":-1"));
            assertTrue(modules, modules.contains("not installed: the jar's OSGi manifest was refused"));
            assertTrue(modules, modules.contains("\"name\":\"pembina-module-not-a-jar.jar\""));
            assertTrue(modules, modules.contains("not installed: not a readable jar"));
            // everything else works
            assertTrue(modules, modules.contains("\"id\":\"manajemen-waktu\""));
            assertTrue(get("programs/MANWAKTU", pw).contains("\"code\":\"MANWAKTU\""));
            String list = console(sessions, "pembina:module-list");
            assertTrue(list, list.contains("pembina-module-broken-import") && list.contains("BROKEN: the bundle cannot be resolved"));
            assertTrue(list, list.contains("pembina-module-not-a-jar.jar") && list.contains("BROKEN: not installed: not a readable jar"));
            // the health detail: the failed component with its reason
            HttpResponse<String> health = send(HttpRequest.newBuilder(api("health")), "admin", pw);
            assertTrue(health.body(), health.body().contains("\"state\":\"FAILED_ACTIVATION\",\"failure\":"
                    + "\"java.lang.IllegalStateException: Modul rusak: berkas soal tidak ditemukan\""));
            assertTrue(health.body(), health.body().contains("\"symbolicName\":\"pembina-module-broken-import\""));
        } finally {
            for (Path p : copied) {
                Files.deleteIfExists(p);
            }
        }
        await("the broken modules gone", () -> !get("modules", pw).contains("BROKEN"));
    }

    private void checkedBeforeDeployment(String pw, long fixtureBundle) throws Exception {
        Path changed = Path.of(System.getProperty("pembina.it.fixtures"), FixtureJars.SYMBOLIC_NAME + "-1.0.1-changed.jar");
        int bundlesBefore = context.getBundles().length;
        String modulesBefore = get("modules", pw);
        HttpRequest.Builder post = HttpRequest.newBuilder(api("modules/check"))
                .header("Content-Type", "application/java-archive").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofFile(changed));
        HttpResponse<String> refused = send(post, "admin", pw);
        assertEquals(refused.body(), 400, refused.statusCode());
        assertTrue(refused.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        assertTrue(refused.body(), refused.body().contains("{\"field\":\"FIX-01\",\"code\":\"module.check.instrumentChanged\","
                + "\"message\":\"Programme FIX-01: KNOWLEDGE_TEST version 1.0 was stored with other items; give the "
                + "changed instrument a new version\"}"));
        assertEquals(refused.body(), 1, refused.body().split("\"code\":").length - 1);

        HttpResponse<String> operator = send(HttpRequest.newBuilder(api("modules/check"))
                .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofFile(changed)),
                OPERATOR, OPERATOR_PASSWORD);
        assertEquals(operator.body(), 403, operator.statusCode());
        HttpResponse<String> notAJar = send(HttpRequest.newBuilder(api("modules/check"))
                .header("Content-Type", "application/octet-stream").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofString("bukan jar")), "admin", pw);
        assertEquals(notAJar.body(), 400, notAJar.statusCode());
        assertTrue(notAJar.body(), notAJar.body().contains("\"code\":\"module.check.notJar\""));
        HttpResponse<String> good = send(HttpRequest.newBuilder(api("modules/check"))
                .header("Content-Type", "application/java-archive").POST(HttpRequest.BodyPublishers.ofFile(fixture("1.0.0"))),
                "admin", pw);
        assertEquals(good.body(), 400, good.statusCode()); // a bundle activator, no DS component
        assertTrue(good.body(), good.body().contains("\"code\":\"module.check.noComponent\""));

        String console = console(sessions, "pembina:module-check " + changed);
        assertTrue(console, console.contains("pembina-module-fixture 1.0.1: katalog akan menolaknya, 1 masalah "
                + "(tidak ada yang dipasang)"));
        assertTrue(console, console.contains("  - FIX-01: Program FIX-01: KNOWLEDGE_TEST versi 1.0 sudah tersimpan dengan "
                + "butir lain; beri instrumen yang diubah versi baru / Programme FIX-01: KNOWLEDGE_TEST version 1.0 was "
                + "stored with other items; give the changed instrument a new version"));

        // nothing was installed: same bundles, the installed fixture still 1.0.0, its test 1.0 unchanged
        assertEquals(bundlesBefore, context.getBundles().length);
        assertEquals(fixtureBundle, bundleId(FixtureJars.SYMBOLIC_NAME));
        assertEquals("1.0.0", context.getBundle(fixtureBundle).getVersion().toString());
        assertEquals(modulesBefore, get("modules", pw));
        assertTrue(get("programs/FIX-01/instruments/knowledge-test/1.0", pw).contains(
                "\"options\":[\"IPK\",\"IPM\",\"IKM\"],\"answerIndex\":2"));
        String shown = console(sessions, "pembina:program-show FIX-01");
        assertTrue(shown, shown.contains("  tes pengetahuan 1.0: 2 butir, 2 poin / knowledge test 1.0: 2 items, 2 points"));
        assertTrue(shown, shown.contains("  modul fixture 1.0.0, terpasang / module fixture 1.0.0, installed"));
    }

    /** id → symbolic name, last-modified time and state, for every bundle but modules and the probe. */
    private Map<Long, String> coreBundles() {
        Map<Long, String> out = new TreeMap<>();
        for (Bundle b : context.getBundles()) {
            String n = String.valueOf(b.getSymbolicName());
            if (!n.startsWith("pembina-module-") && !n.startsWith("PAXEXAM")) {
                out.put(b.getBundleId(), n + " " + b.getLastModified() + " " + b.getState());
            }
        }
        return out;
    }

    /** component name → configuration id, for the components of Pembina's core bundles (a restart gives a new id). */
    private Map<String, Long> coreComponents() {
        List<Bundle> core = new ArrayList<>();
        for (Bundle b : context.getBundles()) {
            String n = String.valueOf(b.getSymbolicName());
            if (n.startsWith("pembina-") && !n.startsWith("pembina-module-")) {
                core.add(b);
            }
        }
        Map<String, Long> out = new TreeMap<>();
        for (ComponentDescriptionDTO d : scr.getComponentDescriptionDTOs(core.toArray(new Bundle[0]))) {
            for (ComponentConfigurationDTO c : scr.getComponentConfigurationDTOs(d)) {
                out.put(d.name + " " + c.state, c.id);
            }
        }
        return out;
    }

    private long bundleId(String symbolicName) {
        for (Bundle b : context.getBundles()) {
            if (symbolicName.equals(b.getSymbolicName())) {
                return b.getBundleId();
            }
        }
        throw new AssertionError("no bundle " + symbolicName);
    }

    private static String find(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        assertTrue(text, m.find());
        return m.group(1);
    }
}
