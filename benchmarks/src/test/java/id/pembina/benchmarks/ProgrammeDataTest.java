package id.pembina.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.sql.Connection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import id.pembina.evaluation.api.Evaluations;
import id.pembina.evaluation.api.ItemReaction;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.LikertStatistics;
import id.pembina.evaluation.api.ReactionResult;

/** The generator is deterministic, and on a small sample the engine and the SQL give the same answer. */
public class ProgrammeDataTest {

    private static final double EPSILON = 1e-9;

    @Test
    public void sameSeedGivesSameRows() {
        ProgrammeData a = ProgrammeData.generate(7, 24_000, 2_000);
        ProgrammeData b = ProgrammeData.generate(7, 24_000, 2_000);
        assertEquals(fingerprint(a), fingerprint(b));
        assertNotEquals(fingerprint(a), fingerprint(ProgrammeData.generate(8, 24_000, 2_000)));
        assertEquals(a.likertAnswers(), b.likertAnswers());
        assertEquals(a.prePostScores(), b.prePostScores());
    }

    @Test
    public void benchmarkSizesAndRanges() {
        ProgrammeData data = ProgrammeData.benchmark();
        assertEquals(1_000_000, data.answerCount());
        assertEquals(100_000, data.pairCount());
        assertEquals(83_334, data.answerParticipant(data.answerCount() - 1));
        for (int i = 0; i < data.pairCount(); i++) {
            assertTrue(data.pre(i) >= 0 && data.pre(i) <= 20 && data.post(i) >= 0 && data.post(i) <= 20);
        }
    }

    @Test
    public void engineAndSqlAgreeOnASmallSample() throws Exception {
        ProgrammeData data = ProgrammeData.generate(ProgrammeData.SEED, 12_000, 1_000);
        ReactionResult reaction = Evaluations.engine().reaction(ProgrammeData.ITEMS, data.likertAnswers());
        LearningResult learning = Evaluations.engine().learning(data.prePostScores());

        SqlEvaluation.Result sql;
        try (Connection connection = SqlEvaluation.openDatabase("sample")) {
            data.loadInto(connection);
            sql = SqlEvaluation.run(connection);
            assertEquals(sql, SqlEvaluation.run(connection));
        }

        Map<String, SqlEvaluation.ItemRow> rows = new HashMap<>();
        sql.items().forEach(row -> rows.put(row.itemId(), row));
        List<ItemReaction> items = reaction.items();
        assertEquals(12, items.size());
        assertEquals(12, rows.size());
        for (ItemReaction item : items) {
            LikertStatistics s = item.statistics();
            SqlEvaluation.ItemRow row = rows.get(item.item().code());
            assertEquals(item.item().code(), 1_000, s.n());
            assertEquals(item.item().code(), row.n(), s.n());
            assertEquals(item.item().code(), row.mean(), s.mean(), EPSILON);
            assertEquals(item.item().code(), row.standardDeviation(), s.standardDeviation(), EPSILON);
            assertEquals(item.item().code(), row.favourable(), s.count(4) + s.count(5));
        }
        assertEquals(sql.pairs(), learning.n());
        assertEquals(sql.meanPrePercent(), learning.meanPrePercent(), EPSILON);
        assertEquals(sql.meanPostPercent(), learning.meanPostPercent(), EPSILON);
        // The skew is there: R08 and R09 are the improvement points.
        assertEquals(List.of("R08", "R09"), reaction.improvementPoints().stream().map(p -> p.itemCode()).toList());
    }

    private static long fingerprint(ProgrammeData data) {
        long h = 17;
        for (int k = 0; k < data.answerCount(); k++) {
            h = 31 * h + data.answerParticipant(k);
            h = 31 * h + data.answerItem(k).hashCode();
            h = 31 * h + data.answerValue(k);
        }
        for (int i = 0; i < data.pairCount(); i++) {
            h = 31 * h + data.pre(i) * 21 + data.post(i);
        }
        return h;
    }
}
