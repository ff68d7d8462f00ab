import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The clients of scripts/durability.sh. {@code write}: threads create participants, enroll each in one session,
 * mark them present and send their reaction questionnaire, while others import participants by CSV (25 rows a
 * file); every write is logged before it is sent ({@code try}) and again when it was answered 2xx ({@code ok}),
 * the log flushed at once, while the server is killed under it. {@code verify}, after the restart: every write
 * answered 2xx is there exactly once, and every CSV import is there whole or not at all.
 *
 * <pre>java DurabilityClient.java write BASE_URL PASSWORD SECONDS LOG
 * java DurabilityClient.java verify BASE_URL PASSWORD LOG</pre>
 */
public final class DurabilityClient {

    private static final Pattern ID = Pattern.compile("^\\{\"id\":([0-9]+)");
    private static final Pattern RESPONSE_ID = Pattern.compile("\"responseId\":\"([^\"]+)\"");
    private static final int CHAINS = 8;
    private static final int IMPORTERS = 2;
    private static final int ROWS_PER_IMPORT = 25;

    private final String base;
    private final String auth;
    /** Set when a request got no answer: the server was killed, the writers stop (what was in flight is logged). */
    private volatile boolean gone;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private DurabilityClient(String base, String password) {
        this.base = base;
        this.auth = "Basic " + Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static void main(String[] args) throws Exception {
        DurabilityClient c = new DurabilityClient(args[1], args[2]);
        if (args[0].equals("write")) {
            c.write(Integer.parseInt(args[3]), Path.of(args[4]));
        } else {
            System.exit(c.verify(Path.of(args[3])) ? 0 : 1);
        }
    }

    // ---- write ----

    private void write(int seconds, Path logFile) throws Exception {
        String unit = "DUR-" + Long.toString(System.nanoTime() % 1_000_000_000L, 36).toUpperCase();
        expect(send("POST", "units", "application/json", "{\"code\":\"" + unit + "\",\"name\":\"Unit Uji Ketahanan\"}"), 201);
        String program = "KOM-PELAYANAN";
        String detail = expect(send("GET", "programs/" + program, null, null), 200);
        String reaction = detail.substring(detail.indexOf("\"reaction\":"), detail.indexOf("\"knowledgeTest\":"));
        List<String> items = new ArrayList<>();
        Matcher m = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(reaction);
        while (m.find()) {
            items.add(m.group(1));
        }
        // A session that started yesterday (WIB): answers are taken, and nobody else's times clash with it.
        LocalDate yesterday = LocalDate.now(ZoneId.of("Asia/Jakarta")).minusDays(1);
        String created = expect(send("POST", "sessions", "application/json", "{\"programCode\":\"" + program
                + "\",\"start\":\"" + yesterday + "T08:00:00\",\"end\":\"" + yesterday + "T16:00:00\","
                + "\"venue\":\"Aula Uji Ketahanan\",\"capacity\":10000}"), 201);
        Matcher id = ID.matcher(created);
        id.find();
        long session = Long.parseLong(id.group(1));
        StringBuilder values = new StringBuilder();
        for (String item : items) {
            values.append(values.length() == 0 ? "" : ",").append('"').append(item).append("\":4");
        }
        int seed = ThreadLocalRandom.current().nextInt(4000);
        AtomicInteger next = new AtomicInteger();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        try (PrintWriter log = new PrintWriter(Files.newBufferedWriter(logFile, StandardCharsets.UTF_8), false)) {
            logLine(log, "session " + session + " " + unit);
            CountDownLatch done = new CountDownLatch(CHAINS + IMPORTERS);
            for (int t = 0; t < CHAINS; t++) {
                new Thread(() -> {
                    while (System.nanoTime() < end && !gone) {
                        chain(log, nip(seed, next.getAndIncrement()), unit, session, values.toString());
                    }
                    done.countDown();
                }).start();
            }
            for (int t = 0; t < IMPORTERS; t++) {
                new Thread(() -> {
                    while (System.nanoTime() < end && !gone) {
                        List<String> nips = new ArrayList<>();
                        StringBuilder csv = new StringBuilder("nip,name,unitCode,positionTitle,positionType,rank,education\n");
                        for (int i = 0; i < ROWS_PER_IMPORT; i++) {
                            String nip = nip(seed, next.getAndIncrement());
                            nips.add(nip);
                            csv.append(nip).append(",Peserta Impor,").append(unit).append(",Staf,PELAKSANA,II/a,SMA\n");
                        }
                        String key = String.join(",", nips);
                        logLine(log, "try import " + key);
                        if (ok(send("POST", "participants/import", "text/csv", csv.toString()))) {
                            logLine(log, "ok import " + key);
                        }
                    }
                    done.countDown();
                }).start();
            }
            done.await();
        }
    }

    /** One participant's writes, each logged as tried and, when answered 2xx, as done. */
    private void chain(PrintWriter log, String nip, String unit, long session, String values) {
        logLine(log, "try participant " + nip);
        if (!ok(send("POST", "participants", "application/json", "{\"nip\":\"" + nip + "\",\"name\":\"Peserta Uji\","
                + "\"unitCode\":\"" + unit + "\",\"positionTitle\":\"Staf\",\"positionType\":\"PELAKSANA\","
                + "\"rank\":\"II/a\",\"education\":\"SMA\"}"))) {
            return;
        }
        logLine(log, "ok participant " + nip);
        if (!ok(send("POST", "sessions/" + session + "/enrollments", "application/json",
                "{\"nip\":\"" + nip + "\",\"status\":\"REGISTERED\"}"))) {
            return;
        }
        logLine(log, "ok enrollment " + nip);
        if (!ok(send("PUT", "sessions/" + session + "/attendance", "application/json",
                "[{\"nip\":\"" + nip + "\",\"meeting\":1,\"present\":true}]"))) {
            return;
        }
        logLine(log, "ok attendance " + nip);
        HttpResponse<String> r = send("POST", "sessions/" + session + "/responses/reaction", "application/json",
                reactionBody(nip, values));
        if (ok(r)) {
            Matcher m = RESPONSE_ID.matcher(r.body());
            logLine(log, "ok reaction " + nip + " " + (m.find() ? m.group(1) : "?") + " " + values);
        }
    }

    private static String reactionBody(String nip, String values) {
        return "{\"nip\":\"" + nip + "\",\"values\":{" + values + "},\"comment\":\"Uji ketahanan\"}";
    }

    /** Valid NIPs nobody else uses: born on one of 4,000 days from 1975, CPNS 2012-03, female, sequence 700-799. */
    private static String nip(int seed, int n) {
        int k = seed + n;
        LocalDate birth = LocalDate.of(1975, 1, 1).plusDays(k % 4000);
        return String.format("%04d%02d%02d2012032%03d", birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(),
                700 + (k / 4000) % 100);
    }

    private static synchronized void logLine(PrintWriter log, String line) {
        log.println(line);
        log.flush();
    }

    // ---- verify ----

    private boolean verify(Path logFile) throws IOException {
        List<String> lines = Files.readAllLines(logFile, StandardCharsets.UTF_8);
        long session = Long.parseLong(lines.get(0).split(" ")[1]);
        String enrollments = expect(send("GET", "sessions/" + session + "/enrollments", null, null), 200);
        List<String> failures = new ArrayList<>();
        int participants = 0;
        int enrolled = 0;
        int reactions = 0;
        int imports = 0;
        int importsDone = 0;
        int importsTried = 0;
        java.util.Set<String> acked = new java.util.HashSet<>();
        for (String line : lines) {
            if (line.startsWith("ok import ")) {
                acked.add(line.substring("ok import ".length()));
            }
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(" ", 5);
            switch (f[0] + " " + f[1]) {
                case "ok participant" -> {
                    participants++;
                    if (send("GET", "participants/" + f[2], null, null).statusCode() != 200) {
                        failures.add("participant " + f[2] + " answered 201 but is gone");
                    }
                }
                case "ok enrollment" -> {
                    enrolled++;
                    int n = occurrences(enrollments, "\"nip\":\"" + f[2] + "\"");
                    if (n != 1) {
                        failures.add("enrollment of " + f[2] + " answered 200 but is there " + n + " times");
                    }
                }
                case "ok reaction" -> {
                    reactions++;
                    HttpResponse<String> again = send("POST", "sessions/" + session + "/responses/reaction",
                            "application/json", reactionBody(f[2], f[4]));
                    if (again.statusCode() != 200 || !again.body().contains("\"responseId\":\"" + f[3] + "\"")) {
                        failures.add("reaction of " + f[2] + " (" + f[3] + ") answered 200 but is not stored: "
                                + again.statusCode() + " " + again.body());
                    }
                }
                case "try import" -> {
                    importsTried++;
                    String[] nips = f[2].split(",");
                    int present = 0;
                    for (String nip : nips) {
                        if (send("GET", "participants/" + nip, null, null).statusCode() == 200) {
                            present++;
                        }
                    }
                    boolean wasAcked = acked.contains(f[2]);
                    if (present != 0 && present != nips.length) {
                        failures.add("half an import: " + present + " of " + nips.length + " rows");
                    } else if (wasAcked && present != nips.length) {
                        failures.add("an import answered 200 is missing");
                    }
                    imports += wasAcked ? 1 : 0;
                    importsDone += present == nips.length ? 1 : 0;
                }
                default -> {
                    // "try participant", "ok attendance": checked through the enrollment and the reaction
                }
            }
        }
        System.out.printf("acknowledged writes: %d participants, %d enrollments, %d reactions, %d of %d CSV imports"
                + " (%d rows each; %d imports stored whole after the restart)%n", participants, enrolled, reactions,
                imports, importsTried, ROWS_PER_IMPORT, importsDone);
        if (failures.isEmpty()) {
            System.out.println("durability: every acknowledged write is there once, no import is half stored");
            return true;
        }
        failures.stream().limit(20).forEach(f -> System.out.println("FAIL " + f));
        System.out.println("durability: " + failures.size() + " failures");
        return false;
    }

    private static int occurrences(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    // ---- HTTP ----

    private static boolean ok(HttpResponse<String> r) {
        return r != null && r.statusCode() / 100 == 2;
    }

    private static String expect(HttpResponse<String> r, int status) {
        if (r == null || r.statusCode() != status) {
            throw new IllegalStateException("expected " + status + ": " + (r == null ? "no answer" : r.statusCode() + " " + r.body()));
        }
        return r.body();
    }

    private HttpResponse<String> send(String method, String path, String type, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Authorization", auth).header("Accept", "application/json");
        if (body == null) {
            b.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            b.header("Content-Type", type).method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        try {
            return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            gone = true;
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
