package id.pembina.participant.internal;

import java.io.IOException;
import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.Iterator;
import java.util.List;
import java.util.function.Function;

import org.postgresql.PGConnection;

import id.pembina.participant.api.Participant;

/**
 * New participants and their history rows streamed into their tables with PostgreSQL's {@code COPY ... FROM
 * STDIN}, on the caller's connection and inside its transaction: a refused file or a failed commit still
 * changes nothing. One statement per table instead of a multi-row {@code INSERT} per 200 rows, whose parsing and
 * binding of 3,000 parameters each was most of an import's time on PostgreSQL.
 *
 * <p>Only {@link JdbcParticipantStore} calls this class, and only after {@link #available} said yes: the driver's
 * packages are an optional import of this bundle, which runs on H2 without them.
 */
final class PostgresCopy {

    private PostgresCopy() {
    }

    /** @return true when the driver's classes are wired to this bundle and {@code c} is a PostgreSQL connection */
    static boolean available(Connection c) throws SQLException {
        return DRIVER && c.isWrapperFor(PGConnection.class);
    }

    private static final boolean DRIVER = driverWired();

    private static boolean driverWired() {
        try {
            Class.forName("org.postgresql.PGConnection", false, PostgresCopy.class.getClassLoader());
            Class.forName("org.postgresql.copy.CopyManager", false, PostgresCopy.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /**
     * Copies the participants, then one CREATED history row each.
     *
     * @param participantColumns the participant table's columns, in the order of {@code participantRow}'s values
     * @param historyColumns     the history table's columns, in the order of {@code historyRow}'s values
     */
    static void insert(Connection c, List<Participant> participants, String participantColumns,
            Function<Participant, Object[]> participantRow, String historyColumns,
            Function<Participant, Object[]> historyRow) throws SQLException {
        var copy = c.unwrap(PGConnection.class).getCopyAPI();
        try {
            copy.copyIn("COPY reg_participant (" + participantColumns + ") FROM STDIN WITH (FORMAT csv)",
                    new Rows(participants.iterator(), participantRow));
            copy.copyIn("COPY reg_participant_history (" + historyColumns + ") FROM STDIN WITH (FORMAT csv)",
                    new Rows(participants.iterator(), historyRow));
        } catch (IOException e) {
            // The rows come from memory: only the connection itself can fail here.
            throw new SQLException("COPY of participants failed", "08006", e);
        }
    }

    /** The CSV text of the rows, made as the driver reads it (never the whole file in memory twice). */
    private static final class Rows extends Reader {
        private final Iterator<Participant> rows;
        private final Function<Participant, Object[]> values;
        private final StringBuilder line = new StringBuilder(512);
        private int at;

        Rows(Iterator<Participant> rows, Function<Participant, Object[]> values) {
            this.rows = rows;
            this.values = values;
        }

        @Override
        public int read(char[] into, int off, int len) {
            if (at == line.length()) {
                if (!rows.hasNext()) {
                    return -1;
                }
                line.setLength(0);
                at = 0;
                csv(values.apply(rows.next()), line);
            }
            int n = Math.min(len, line.length() - at);
            line.getChars(at, at + n, into, off);
            at += n;
            return n;
        }

        @Override
        public void close() {
            // nothing held
        }
    }

    /**
     * One CSV line of COPY's csv format: null as an unquoted empty field, every text quoted (quotes doubled), so
     * an empty text stays empty. The registry refuses control characters in its texts, so no line break can
     * occur inside a value.
     */
    static void csv(Object[] values, StringBuilder out) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            if (v == null) {
                continue;
            }
            if (v instanceof String s) {
                out.append('"');
                for (int k = 0; k < s.length(); k++) {
                    char ch = s.charAt(k);
                    out.append(ch);
                    if (ch == '"') {
                        out.append('"');
                    }
                }
                out.append('"');
            } else if (v instanceof LocalDateTime t) {
                // ISO date, a space, then the time: PostgreSQL's own timestamp text.
                out.append(t.toLocalDate()).append(' ').append(t.toLocalTime());
            } else {
                out.append(v);
            }
        }
        out.append('\n');
    }
}
