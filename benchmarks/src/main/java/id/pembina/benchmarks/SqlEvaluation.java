package id.pembina.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The plain SQL counterpart of the programme evaluation: one GROUP BY over the answers, one aggregate over scores. */
public final class SqlEvaluation {

    public static final String REACTION_SQL = "SELECT item_id, COUNT(*), AVG(value), STDDEV_SAMP(value), "
            + "SUM(CASE WHEN value >= 4 THEN 1 ELSE 0 END) FROM reaction_answer GROUP BY item_id";

    public static final String LEARNING_SQL = "SELECT COUNT(*), AVG(100.0*pre/max_points), "
            + "AVG(100.0*post/max_points) FROM test_score";

    /** One result row of {@link #REACTION_SQL}. */
    public record ItemRow(String itemId, long n, double mean, double standardDeviation, long favourable) {
    }

    /** Both queries' results; the item rows in the database's order. */
    public record Result(List<ItemRow> items, long pairs, double meanPrePercent, double meanPostPercent) {
    }

    private SqlEvaluation() {
    }

    /**
     * A new private in-memory H2 database, alive while the connection is open. {@code VALUE} is a keyword in H2
     * 2.x, hence NON_KEYWORDS; result reuse is off so that every query really scans the rows (otherwise H2 answers
     * a repeated query over unchanged tables from the previous result).
     */
    public static Connection openDatabase(String name) throws SQLException {
        return DriverManager.getConnection(
                "jdbc:h2:mem:" + name + ";NON_KEYWORDS=VALUE;OPTIMIZE_REUSE_RESULTS=FALSE", "sa", "");
    }

    /** Runs both queries and reads every result row. */
    public static Result run(Connection connection) throws SQLException {
        List<ItemRow> items = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(REACTION_SQL);
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                items.add(new ItemRow(rows.getString(1), rows.getLong(2), rows.getDouble(3), rows.getDouble(4),
                        rows.getLong(5)));
            }
        }
        try (PreparedStatement query = connection.prepareStatement(LEARNING_SQL);
                ResultSet rows = query.executeQuery()) {
            rows.next();
            return new Result(items, rows.getLong(1), rows.getDouble(2), rows.getDouble(3));
        }
    }
}
