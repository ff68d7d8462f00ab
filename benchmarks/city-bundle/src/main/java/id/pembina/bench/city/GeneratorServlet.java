package id.pembina.bench.city;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;
import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * Benchmark data through the domain services, for scripts/bench-city.sh (admin login):
 * <ul>
 * <li>{@code POST /bench/generate/units?kecamatan=&units=&asn=&csv=FILE}: the unit tree, and the participants'
 * CSV written to FILE for the REST import;</li>
 * <li>{@code POST /bench/generate/training?from=&years=&sessions=&perSession=&threads=}: sessions, enrollment,
 * attendance and answers at every level;</li>
 * <li>{@code POST /bench/generate/facts?year=&every=}: performance and discipline of the year;</li>
 * <li>{@code POST /bench/time/unit-evaluation?unit=&year=}: the unit evaluation service alone, timed;</li>
 * <li>{@code POST /bench/load-csv?file=FILE} (H2): the database's own loader, CSVREAD, on the same CSV into a
 * table of the same columns, timed inside the server.</li>
 * </ul>
 */
@Component(service = Servlet.class, property = {"osgi.http.whiteboard.servlet.name=pembina-bench-generator",
    "osgi.http.whiteboard.servlet.pattern=/bench/*"})
public class GeneratorServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient ParticipantRegistry registry;
    @Reference
    private transient CatalogService catalog;
    @Reference
    private transient EvaluationDataService evaluation;
    @Reference
    private transient Authenticator accounts;
    @Reference(target = "(dataSourceName=pembina)")
    private transient DataSource dataSource;

    /** The loader's table: the CSV's columns, the NIP as key, as the registry keys it. */
    static final String LOAD_TABLE = "CREATE TABLE bench_participant (nip CHAR(18) NOT NULL PRIMARY KEY, "
            + "name VARCHAR(200) NOT NULL, unit_code VARCHAR(40) NOT NULL, position_title VARCHAR(200) NOT NULL, "
            + "position_type VARCHAR(20) NOT NULL, rank_code VARCHAR(5) NOT NULL, education VARCHAR(3) NOT NULL, "
            + "supervisor_nip CHAR(18))";

    @Override
    protected void doPost(HttpServletRequest req, HttpServletResponse resp) throws IOException {
        Caller caller = Login.check(accounts, req.getHeader("Authorization"), req.getRemoteAddr()).orElse(null);
        if (caller == null) {
            resp.sendError(401);
            return;
        }
        // The services check who calls; the generator's threads act for the same caller.
        try (CallerContext.Scope scope = CallerContext.enter(caller)) {
            generate(req, resp, caller);
        }
    }

    private void generate(HttpServletRequest req, HttpServletResponse resp, Caller caller) throws IOException {
        resp.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = resp.getWriter();
        String what = req.getPathInfo() == null ? "" : req.getPathInfo();
        long start = System.nanoTime();
        try {
            switch (what) {
                case "/generate/units": {
                    List<OrganizationUnit> units = CityRegistry.units(registry, number(req, "kecamatan", 24),
                            number(req, "units", 1200));
                    CityRegistry.csv(units, number(req, "asn", 100_000), Path.of(req.getParameter("csv")));
                    out.println("units " + units.size());
                    break;
                }
                case "/generate/training": {
                    long n = new CityTraining(registry, catalog, evaluation, caller).run(number(req, "from", 2025),
                            number(req, "years", 2), number(req, "sessions", 4000), number(req, "perSession", 50),
                            number(req, "threads", 2), out);
                    out.println("enrollments " + n);
                    break;
                }
                case "/generate/facts":
                    out.println("facts " + new CityTraining(registry, catalog, evaluation, caller).facts(number(req, "year",
                            2026), number(req, "every", 1)));
                    break;
                case "/time/unit-evaluation": {
                    // The service alone, without JSON and HTTP: where the time of GET /evaluations/units goes.
                    var u = evaluation.evaluateUnit(req.getParameter("unit"), number(req, "year", 2026));
                    out.println("units " + u.unitCodes().size() + ", sessions " + u.sessionIds().size()
                            + ", jp participants " + u.jp().participants().size());
                    break;
                }
                case "/load-csv":
                    out.println("rows " + loadCsv(req.getParameter("file")));
                    break;
                default:
                    resp.sendError(404);
                    return;
            }
            out.println("ms " + (System.nanoTime() - start) / 1_000_000);
        } catch (Exception e) {
            out.println("FAILED " + e);
            e.printStackTrace(out);
        }
    }

    private long loadCsv(String file) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS bench_participant");
            s.execute(LOAD_TABLE);
            // H2 takes the file name of CSVREAD as a literal only.
            if (!file.matches("[A-Za-z0-9/._-]+")) {
                throw new IllegalArgumentException("file name " + file);
            }
            return s.executeUpdate("INSERT INTO bench_participant SELECT * FROM CSVREAD('" + file
                    + "', NULL, 'charset=UTF-8')");
        }
    }

    private static int number(HttpServletRequest req, String name, int otherwise) {
        String v = req.getParameter(name);
        return v == null || v.isBlank() ? otherwise : Integer.parseInt(v.strip());
    }
}
