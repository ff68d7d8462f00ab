package id.pembina.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import id.pembina.participant.api.ParticipantRegistry;

/**
 * What an agency that takes only the registry gets: the distribution booted with the features
 * {@code pembina-registry-rest} (the registry, its REST resources and the common edge) and
 * nothing else of Pembina: no catalog, no evaluation, no security bundle (so the REST login falls back to
 * Karaf's own realm: one operator account in users.properties), no console commands.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryOnlyIT extends PembinaTestSupport {

    private static final String USER = "agensi";
    private static final String PASSWORD = "rahasia-agensi-2026";

    @Inject
    private BundleContext context;

    @Inject
    private ParticipantRegistry registry;

    @Configuration
    public Option[] config() {
        return Stream.concat(Stream.of(distribution()), Stream.of(
                editConfigurationFilePut("etc/org.apache.karaf.features.cfg", "featuresBoot",
                        "instance, package, log, ssh, framework, system, feature, shell, management, service, jaas, "
                                + "deployer, diagnostic, wrap, bundle, config, kar, scr, pembina-registry-rest"),
                editConfigurationFilePut("etc/users.properties", USER, PASSWORD + ",operator")))
                .toArray(Option[]::new);
    }

    private static HttpResponse<String> call(HttpRequest.Builder request) throws Exception {
        return send(request, USER, PASSWORD);
    }

    @Test
    public void onlyTheRegistryAndItsEdgeAreInstalled() {
        Set<String> pembina = new TreeSet<>();
        for (Bundle b : context.getBundles()) {
            if (b.getSymbolicName().startsWith("pembina-")) {
                pembina.add(b.getSymbolicName());
                assertEquals(b.getSymbolicName(), Bundle.ACTIVE, b.getState());
            }
        }
        assertEquals(Set.of("pembina-platform", "pembina-persistence", "pembina-participant-registry",
                "pembina-http-edge", "pembina-rest-common", "pembina-registry-rest"), pembina);
    }

    @Test
    public void theRegistryServesOverRestWithItsOwnTexts() throws Exception {
        await("the registry's REST resources", () -> call(HttpRequest.newBuilder(api("units"))).statusCode() == 200);
        assertEquals(201, call(json("units", "{\"code\":\"AGN\",\"name\":\"Agensi Uji\",\"parentCode\":null}")).statusCode());
        HttpResponse<String> created = call(json("participants", "{\"nip\":\"198609262015051001\",\"name\":\"Budi Santoso\","
                + "\"unitCode\":\"AGN\",\"positionTitle\":\"Analis\",\"positionType\":\"FUNGSIONAL\",\"rank\":\"III/a\","
                + "\"education\":\"S1\"}"));
        assertEquals(created.body(), 201, created.statusCode());
        HttpResponse<String> list = call(HttpRequest.newBuilder(api("participants?unit=AGN")));
        assertEquals(200, list.statusCode());
        assertTrue(list.body(), list.body().contains("\"rank\":\"III/a\"") && list.body().contains("\"total\":1"));
        assertEquals(1, registry.count());

        // A refusal is rendered from the registry's own texts (platform messages whiteboard), in Indonesian.
        HttpResponse<String> bad = call(json("participants", "{\"nip\":\"198602312015051001\",\"name\":\"X\","
                + "\"unitCode\":\"AGN\",\"positionTitle\":\"Analis\",\"positionType\":\"FUNGSIONAL\",\"rank\":\"III/a\","
                + "\"education\":\"S1\"}"));
        assertEquals(400, bad.statusCode());
        assertEquals("application/problem+json", bad.headers().firstValue("Content-Type").orElse(""));
        assertTrue(bad.body(), bad.body().contains("Digit 1-8 NIP bukan tanggal lahir yang valid"));
    }

    @Test
    public void otherDomainsAreAbsentFromTheApiAndItsDocument() throws Exception {
        await("the registry's REST resources", () -> call(HttpRequest.newBuilder(api("units"))).statusCode() == 200);
        HttpResponse<String> sessions = call(HttpRequest.newBuilder(api("sessions")));
        assertEquals(404, sessions.statusCode());
        assertTrue(sessions.body(), sessions.body().contains("urn:pembina:problem:not-found"));
        await("the registry's OpenAPI fragment",
                () -> call(HttpRequest.newBuilder(api("openapi.json"))).body().contains("\"/participants\""));
        String doc = call(HttpRequest.newBuilder(api("openapi.json"))).body();
        assertTrue(doc, doc.contains("\"/units/{code}\"") && doc.contains("\"/health\""));
        assertTrue(doc, !doc.contains("\"/sessions\"") && !doc.contains("\"/evaluations/"));
    }
}
