package id.pembina.evaluation.data.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.persistence.api.KeyLists;
import id.pembina.persistence.testing.TestDatabase;

/**
 * {@link Tallies#followUps} reads many sessions in few slices without asking the database to sort them, and puts
 * each session's follow-ups in {@link Store#followUps}'s order itself: by NIP, the baseline before the after.
 */
@RunWith(Parameterized.class)
public class TalliesFollowUpsTest {

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    private static final String BUDI = "198609262015051001";
    private static final String SITI = "199003152019032002";

    private TestDatabase db;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        try (Connection c = db.dataSource().getConnection(); Statement s = c.createStatement()) {
            // The columns the read names, as the evaluation's schema has them.
            s.execute("CREATE TABLE ev_followup (id BIGINT PRIMARY KEY, session_id BIGINT NOT NULL, nip CHAR(18) NOT "
                    + "NULL, phase VARCHAR(8) NOT NULL, instrument_version VARCHAR(40) NOT NULL, rater VARCHAR(10) NOT "
                    + "NULL, ratings VARCHAR(4000))");
        }
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void eachSessionInOrderOfNipThenBaselineBeforeAfter() throws Exception {
        // Stored in the order they came in: afters before baselines, SITI before BUDI, sessions interleaved.
        insert(1, 7, SITI, "AFTER", "SUPERVISOR", "b1:3");
        insert(2, 9, BUDI, "AFTER", "SUPERVISOR", "b1:1");
        insert(3, 7, BUDI, "AFTER", "SUPERVISOR", "b1:4");
        insert(4, 7, SITI, "BASELINE", "SUPERVISOR", "b1:2");
        insert(5, 7, BUDI, "BASELINE", "SUPERVISOR", "b1:1");
        insert(6, 7, BUDI, "AFTER", "SELF", "b1:2"); // another rater's: not read
        Map<Long, List<RatedFollowUp>> read;
        try (Connection c = db.dataSource().getConnection()) {
            read = Tallies.followUps(c, List.of(7L, 9L), Store.SUPERVISOR, (session, version) -> null, new Canon());
        }
        assertEquals(List.of(BUDI + " BASELINE 1", BUDI + " AFTER 4", SITI + " BASELINE 2", SITI + " AFTER 3"),
                described(read.get(7L)));
        assertEquals(List.of(BUDI + " AFTER 1"), described(read.get(9L)));
        assertEquals(2, read.size());
        // Each NIP and version is kept once, however many rows name it (Canon). Only the PostgreSQL run tells: H2's
        // driver already hands out cached instances of short strings.
        assertSame(read.get(7L).get(0).nip(), read.get(7L).get(1).nip());
        assertSame(read.get(7L).get(0).nip(), read.get(9L).get(0).nip());
        assertSame(read.get(7L).get(0).version(), read.get(7L).get(3).version());
    }

    @Test
    public void sessionsBeyondOneSliceAreAllRead() throws Exception {
        // More sessions than one slice of the ordinary size, and more than one large slice: every one is read.
        int sessions = KeyLists.LARGE_CHUNK + 1;
        List<Long> ids = new ArrayList<>();
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO ev_followup VALUES (?, ?, ?, 'AFTER', "
                        + "'1.0', 'SUPERVISOR', 'b1:4')")) {
            for (long id = 1; id <= sessions; id++) {
                ids.add(id);
                ps.setLong(1, id);
                ps.setLong(2, id);
                ps.setString(3, BUDI);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, List<RatedFollowUp>> read;
        try (Connection c = db.dataSource().getConnection()) {
            read = Tallies.followUps(c, ids, Store.SUPERVISOR, (session, version) -> null, new Canon());
        }
        // 5,001 sessions of one follow-up each: 5,000 in the first slice, 1 in the second.
        assertEquals(sessions, read.size());
        assertEquals(List.of(BUDI + " AFTER 4"), described(read.get((long) sessions)));
    }

    @Test
    public void aResultOfSeveralFetchesIsReadWholeAndInOrder() throws Exception {
        // Two fetches and one row more, in a transaction as the evaluation reads (PostgreSQL fetches in parts only
        // there): follow-up i of NIP i in session 1 + i % 3, rated 1 + i % 4.
        int rows = 2 * Store.LARGE_FETCH + 1;
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO ev_followup VALUES (?, ?, ?, 'AFTER', "
                        + "'1.0', 'SUPERVISOR', ?)")) {
            for (int i = 1; i <= rows; i++) {
                ps.setLong(1, i);
                ps.setLong(2, 1 + i % 3);
                ps.setString(3, String.format("%018d", i));
                ps.setString(4, "b1:" + (1 + i % 4));
                ps.addBatch();
            }
            ps.executeBatch();
        }
        Map<Long, List<RatedFollowUp>> read;
        try (Connection c = db.dataSource().getConnection()) {
            c.setAutoCommit(false);
            read = Tallies.followUps(c, List.of(1L, 2L, 3L), Store.SUPERVISOR, (session, version) -> null, new Canon());
            c.commit();
        }
        // 20,001 = 3 x 6,667: each session holds 6,667. Ratings cycle 2, 3, 4, 1 (sum 10 per four rows) from i = 1:
        // 5,000 cycles and i = 20,001 rated 2, 50,002 in all.
        long sum = 0;
        for (long session = 1; session <= 3; session++) {
            List<RatedFollowUp> of = read.get(session);
            assertEquals(6_667, of.size());
            for (int k = 0; k < of.size(); k++) {
                sum += of.get(k).rating(0);
                if (k > 0) {
                    assertTrue(of.get(k - 1).nip().compareTo(of.get(k).nip()) < 0); // by NIP
                }
            }
        }
        assertEquals(50_002, sum);
    }

    private void insert(long id, long session, String nip, String phase, String rater, String ratings)
            throws Exception {
        try (Connection c = db.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("INSERT INTO ev_followup VALUES (?, ?, ?, ?, '1.0', "
                        + "?, ?)")) {
            ps.setLong(1, id);
            ps.setLong(2, session);
            ps.setString(3, nip);
            ps.setString(4, phase);
            ps.setString(5, rater);
            ps.setString(6, ratings);
            ps.executeUpdate();
        }
    }

    private static List<String> described(List<RatedFollowUp> followUps) {
        List<String> out = new ArrayList<>();
        for (RatedFollowUp f : followUps) {
            out.add(f.nip() + " " + f.phase() + " " + f.rating(0));
        }
        return out;
    }
}
