package id.pembina.itests;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Creates Pembina accounts over {@code POST /api/v1/users} as admin: accounts live in the database, so a test
 * makes the ones it needs once the API is up (a line in users.properties only reaches Karaf's fallback realm).
 */
final class Accounts {

    private Accounts() {
    }

    /**
     * @param base   e.g. {@code https://localhost:8443}
     * @param nip    for a peserta, else null
     * @param unit   for a pimpinan, else null
     */
    static void create(String base, String adminPassword, String name, String password, String role, String nip,
            String unit) throws Exception {
        String body = "{\"name\":\"" + name + "\",\"password\":\"" + password + "\",\"roles\":[\"" + role + "\"]"
                + (nip == null ? "" : ",\"nip\":\"" + nip + "\"") + (unit == null ? "" : ",\"unitCode\":\"" + unit + "\"")
                + "}";
        // The accounts' REST resource registers on its own, maybe after the other domains' resources, and the
        // JAX-RS runtime rebuilds the application each time one joins: until the resource serves, CXF answers a 404
        // "No service was found", also after /users/me has answered (seen between two accounts of one test). Only
        // that answer is waited out; any other answer than created or already there fails.
        PembinaTestSupport.await("the accounts' REST resource", () -> PembinaTestSupport.send(
                HttpRequest.newBuilder(URI.create(base + "/api/v1/users/me")), "admin", adminPassword).statusCode() == 200);
        HttpResponse<?>[] answer = {null};
        PembinaTestSupport.await("POST /users " + name, () -> {
            HttpResponse<String> r = PembinaTestSupport.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/users"))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)),
                    "admin", adminPassword);
            answer[0] = r;
            return !(r.statusCode() == 404 && r.body().contains("No service was found"));
        });
        HttpResponse<?> r = answer[0];
        if (r.statusCode() != 201 && r.statusCode() != 409) {
            throw new IllegalStateException("POST /users " + name + " answered " + r.statusCode() + ": " + r.body());
        }
    }

    /** The same, inside the container (the API at {@link PembinaTestSupport#api}). */
    static void create(String adminPassword, String name, String password, String role) throws Exception {
        create(PembinaTestSupport.base(), adminPassword, name, password, role, null, null);
    }
}
