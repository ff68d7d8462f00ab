import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The load of scripts/load.sh: CONCURRENCY threads (each its own HTTP connection) send a mix of reads and
 * writes for SECONDS and the figures are printed at the end. Run with the JDK's source launcher:
 * {@code java LoadClient.java BASE_URL USER PASSWORD SECONDS CONCURRENCY}.
 *
 * <p>Mix per request: 35 % participant page, 20 % one participant, 15 % session page, 5 % programmes,
 * 5 % a session's enrollments, 10 % a new participant (POST), 10 % that participant enrolled in a session
 * (POST). Any answer other than 2xx, or no answer, is an error.
 */
public final class LoadClient {

    private static final Pattern NIP = Pattern.compile("\"nip\":\"([0-9]{18})\"");
    private static final Pattern ID = Pattern.compile("\"id\":([0-9]+)");
    private static final Pattern CODE = Pattern.compile("\"code\":\"([A-Z0-9._-]+)\"");

    private final String base;
    private final String auth;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
    private final List<String> nips = new ArrayList<>();
    private final ConcurrentLinkedQueue<String> toEnroll = new ConcurrentLinkedQueue<>();
    private final AtomicInteger nextNip = new AtomicInteger();
    private final AtomicInteger errors = new AtomicInteger();
    private final Map<String, AtomicInteger> errorKinds = new ConcurrentHashMap<>();
    private String unit;
    private long session;

    private LoadClient(String base, String user, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        LoadClient c = new LoadClient(args[0], args[1], args[2]);
        c.prepare();
        c.run(Integer.parseInt(args[3]), Integer.parseInt(args[4]));
    }

    private void prepare() throws Exception {
        String page = send("GET", "participants?limit=500", null).body();
        Matcher m = NIP.matcher(page);
        while (m.find()) {
            nips.add(m.group(1));
        }
        Matcher u = CODE.matcher(send("GET", "units", null).body());
        unit = u.find() ? u.group(1) : null;
        Matcher p = CODE.matcher(send("GET", "programs", null).body());
        if (nips.isEmpty() || unit == null || !p.find()) {
            throw new IllegalStateException("needs the demo data (participants, units, programmes)");
        }
        // One session far ahead with room for every enrollment of the run: enrollments never clash.
        String body = "{\"programCode\":\"" + p.group(1) + "\",\"start\":\"2030-06-03T08:00:00\","
                + "\"end\":\"2030-06-03T16:00:00\",\"venue\":\"Aula Uji Beban\",\"capacity\":10000}";
        HttpResponse<String> r = send("POST", "sessions", body);
        Matcher id = ID.matcher(r.body());
        if (r.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("could not create the session: " + r.statusCode() + " " + r.body());
        }
        session = Long.parseLong(id.group(1));
    }

    private void run(int seconds, int concurrency) throws Exception {
        long[][] latencies = new long[concurrency][];
        int[] counts = new int[concurrency];
        CountDownLatch done = new CountDownLatch(concurrency);
        long start = System.nanoTime();
        long end = start + seconds * 1_000_000_000L;
        for (int t = 0; t < concurrency; t++) {
            int me = t;
            new Thread(() -> {
                long[] mine = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < end) {
                    long t0 = System.nanoTime();
                    one();
                    if (n == mine.length) {
                        mine = java.util.Arrays.copyOf(mine, n * 2);
                    }
                    mine[n++] = System.nanoTime() - t0;
                }
                latencies[me] = mine;
                counts[me] = n;
                done.countDown();
            }).start();
        }
        done.await();
        double elapsed = (System.nanoTime() - start) / 1e9;
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        long[] all = new long[total];
        int at = 0;
        for (int t = 0; t < concurrency; t++) {
            System.arraycopy(latencies[t], 0, all, at, counts[t]);
            at += counts[t];
        }
        java.util.Arrays.sort(all);
        System.out.printf("requests      %d in %.1f s at concurrency %d%n", total, elapsed, concurrency);
        System.out.printf("requests/s    %.1f%n", total / elapsed);
        System.out.printf("p50           %.1f ms%n", all[(int) (total * 0.50)] / 1e6);
        System.out.printf("p99           %.1f ms%n", all[Math.min(total - 1, (int) (total * 0.99))] / 1e6);
        System.out.printf("errors        %d%n", errors.get());
        errorKinds.forEach((k, v) -> System.out.printf("  %6d  %s%n", v.get(), k));
    }

    private void one() {
        int roll = ThreadLocalRandom.current().nextInt(100);
        ThreadLocalRandom rnd = ThreadLocalRandom.current();
        String enroll = roll >= 90 ? toEnroll.poll() : null;
        if (roll < 35) {
            check("GET participants", send("GET", "participants?limit=20&offset=" + rnd.nextInt(280), null), 200);
        } else if (roll < 55) {
            check("GET participant", send("GET", "participants/" + nips.get(rnd.nextInt(nips.size())), null), 200);
        } else if (roll < 70) {
            check("GET sessions", send("GET", "sessions?limit=20", null), 200);
        } else if (roll < 75) {
            check("GET programs", send("GET", "programs", null), 200);
        } else if (roll < 80 || (roll >= 90 && enroll == null)) {
            check("GET enrollments", send("GET", "sessions/" + session + "/enrollments", null), 200);
        } else if (roll < 90) {
            String nip = newNip();
            String body = "{\"nip\":\"" + nip + "\",\"name\":\"Peserta Uji Beban\",\"unitCode\":\"" + unit
                    + "\",\"positionTitle\":\"Pengadministrasi Umum\",\"positionType\":\"PELAKSANA\","
                    + "\"rank\":\"II/a\",\"education\":\"SMA\"}";
            if (check("POST participant", send("POST", "participants", body), 201)) {
                toEnroll.add(nip);
            }
        } else {
            check("POST enrollment", send("POST", "sessions/" + session + "/enrollments",
                    "{\"nip\":\"" + enroll + "\",\"status\":\"REGISTERED\"}"), 200);
        }
    }

    /**
     * A valid NIP no demo participant has: born on one of 5,000 days from 1970, CPNS from January 2010, male,
     * sequence 900-999 (the demo numbers each birth date and TMT from 001).
     */
    private String newNip() {
        int n = nextNip.getAndIncrement();
        LocalDate birth = LocalDate.of(1970, 1, 1).plusDays(n % 5000);
        return String.format("%04d%02d%02d2010011%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), 900 + n / 5000);
    }

    private boolean check(String what, HttpResponse<String> r, int expected) {
        if (r != null && (r.statusCode() == expected || (expected == 200 && r.statusCode() == 201))) {
            return true;
        }
        errors.incrementAndGet();
        String kind = what + " -> " + (r == null ? "no answer" : r.statusCode() + " " + r.body().substring(0,
                Math.min(160, r.body().length())));
        errorKinds.computeIfAbsent(kind, k -> new AtomicInteger()).incrementAndGet();
        return false;
    }

    private HttpResponse<String> send(String method, String path, String json) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Accept", "application/json");
        if (json != null) {
            b.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            return null;
        }
    }
}
