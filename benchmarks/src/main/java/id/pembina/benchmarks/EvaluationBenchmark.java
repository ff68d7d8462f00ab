package id.pembina.benchmarks;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.ReactionResult;

/**
 * A programme evaluation of 1,000,000 reaction answers (12 items) and 100,000 pre/post pairs (20-item test): the
 * evaluation engine over in-memory records against a plain SQL GROUP BY over the same rows in embedded H2. Data
 * generation and the database load are setup, not measured. Run with {@code scripts/bench-evaluation.sh}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xms2g", "-Xmx2g" })
public class EvaluationBenchmark {

    /** The engine's input: the generated rows as records. */
    @State(Scope.Benchmark)
    public static class Records {
        EvaluationEngine engine;
        List<LikertItem> items;
        List<LikertAnswer> answers;
        List<PrePostScore> pairs;

        @Setup(Level.Trial)
        public void setUp() {
            ProgrammeData data = ProgrammeData.benchmark();
            engine = Evaluations.engine();
            items = ProgrammeData.ITEMS;
            answers = data.likertAnswers();
            pairs = data.prePostScores();
        }
    }

    /** The same rows loaded into an in-memory H2 database. */
    @State(Scope.Benchmark)
    public static class Database {
        Connection connection;

        @Setup(Level.Trial)
        public void setUp() throws SQLException {
            connection = SqlEvaluation.openDatabase("bench");
            ProgrammeData.benchmark().loadInto(connection);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws SQLException {
            connection.close();
        }
    }

    /** The engine's programme evaluation: levels 1 and 2. */
    public record ProgrammeEvaluation(ReactionResult reaction, LearningResult learning) {
    }

    @Benchmark
    public ProgrammeEvaluation engine(Records records) {
        return new ProgrammeEvaluation(records.engine.reaction(records.items, records.answers),
                records.engine.learning(records.pairs));
    }

    @Benchmark
    public SqlEvaluation.Result sql(Database database) throws SQLException {
        return SqlEvaluation.run(database.connection);
    }
}
