package id.pembina.benchmarks;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import id.pembina.evaluation.api.LikertAnswer;
import id.pembina.evaluation.api.LikertItem;
import id.pembina.evaluation.api.PrePostScore;

/**
 * The rows of one programme, generated deterministically from a seed: reaction answers to a questionnaire of 12
 * Likert items and the pre/post scores of a 20-item test. The same rows are handed to the engine as records
 * ({@link #likertAnswers()}, {@link #prePostScores()}) and to the database ({@link #loadInto(Connection)}).
 *
 * <p>Reaction answers are participant-major: answer k is participant {@code k / 12 + 1}'s answer to item
 * {@code k % 12}, each value drawn from that item's skewed distribution ({@link #VALUE_PERCENT}). Test scores come
 * from a participant ability a ~ N(0.55, 0.15) clamped to 0.05..0.98 and a gain g ~ N(0.45, 0.20) clamped to
 * -0.10..0.95: pre ~ Binomial(20, a), post ~ Binomial(20, a + g (1 - a)), so some participants score 20 of 20 on
 * the pre-test.
 */
public final class ProgrammeData {

    /** The seed of the benchmark's data. */
    public static final long SEED = 20_240_417L;
    public static final int BENCHMARK_ANSWERS = 1_000_000;
    public static final int BENCHMARK_PAIRS = 100_000;
    public static final int TEST_ITEMS = 20;

    /** The questionnaire: items R01..R12. */
    public static final List<LikertItem> ITEMS = List.of(
            new LikertItem("R01", "Materi pelatihan sesuai dengan kebutuhan pekerjaan saya"),
            new LikertItem("R02", "Tujuan pelatihan disampaikan dengan jelas"),
            new LikertItem("R03", "Fasilitator menguasai materi"),
            new LikertItem("R04", "Fasilitator menyampaikan materi dengan jelas"),
            new LikertItem("R05", "Metode pembelajaran mendorong partisipasi aktif"),
            new LikertItem("R06", "Studi kasus relevan dengan tugas di unit saya"),
            new LikertItem("R07", "Bahan ajar mudah dipahami"),
            new LikertItem("R08", "Durasi pelatihan memadai"),
            new LikertItem("R09", "Ruang dan fasilitas pelatihan nyaman"),
            new LikertItem("R10", "Layanan panitia baik"),
            new LikertItem("R11", "Saya dapat menerapkan materi dalam pekerjaan saya"),
            new LikertItem("R12", "Secara keseluruhan pelatihan ini bermanfaat"));

    /**
     * Per item, the percentage of the values 1..5 (each row sums to 100): skewed towards agreement, with R08 and
     * R09 (duration, facilities) below the improvement threshold 3.5 as in real questionnaires.
     */
    static final int[][] VALUE_PERCENT = {
            { 2, 5, 15, 45, 33 }, // R01 mean 4.02
            { 1, 4, 12, 43, 40 }, // R02 4.17
            { 1, 3, 10, 40, 46 }, // R03 4.27
            { 2, 6, 17, 44, 31 }, // R04 3.96
            { 3, 8, 22, 42, 25 }, // R05 3.78
            { 3, 7, 20, 42, 28 }, // R06 3.85
            { 2, 6, 19, 45, 28 }, // R07 3.91
            { 8, 17, 30, 30, 15 }, // R08 3.27
            { 10, 20, 28, 27, 15 }, // R09 3.17
            { 2, 5, 18, 45, 30 }, // R10 3.96
            { 2, 6, 20, 44, 28 }, // R11 3.90
            { 1, 3, 12, 42, 42 }, // R12 4.21
    };

    private final int[] answerParticipant;
    private final byte[] answerItem;
    private final byte[] answerValue;
    private final int[] pre;
    private final int[] post;

    private ProgrammeData(int answers, int pairs) {
        answerParticipant = new int[answers];
        answerItem = new byte[answers];
        answerValue = new byte[answers];
        pre = new int[pairs];
        post = new int[pairs];
    }

    /** {@code answers} reaction answers and {@code pairs} pre/post pairs from {@code seed}. */
    public static ProgrammeData generate(long seed, int answers, int pairs) {
        if (answers < 0 || pairs < 0) {
            throw new IllegalArgumentException("counts must not be negative");
        }
        ProgrammeData data = new ProgrammeData(answers, pairs);
        SplittableRandom random = new SplittableRandom(seed);
        int items = ITEMS.size();
        for (int k = 0; k < answers; k++) {
            int item = k % items;
            data.answerParticipant[k] = k / items + 1;
            data.answerItem[k] = (byte) item;
            data.answerValue[k] = (byte) draw(VALUE_PERCENT[item], random.nextInt(100));
        }
        for (int i = 0; i < pairs; i++) {
            double ability = clamp(0.55 + 0.15 * random.nextGaussian(), 0.05, 0.98);
            double gain = clamp(0.45 + 0.20 * random.nextGaussian(), -0.10, 0.95);
            data.pre[i] = binomial(random, TEST_ITEMS, ability);
            data.post[i] = binomial(random, TEST_ITEMS, clamp(ability + gain * (1 - ability), 0, 1));
        }
        return data;
    }

    /** The benchmark's data: 1,000,000 answers and 100,000 pairs from {@link #SEED}. */
    public static ProgrammeData benchmark() {
        return generate(SEED, BENCHMARK_ANSWERS, BENCHMARK_PAIRS);
    }

    private static int draw(int[] percent, int u) {
        int cumulative = 0;
        for (int v = 0; v < percent.length; v++) {
            cumulative += percent[v];
            if (u < cumulative) {
                return v + 1;
            }
        }
        throw new IllegalStateException("percentages must sum to 100");
    }

    private static int binomial(SplittableRandom random, int trials, double p) {
        int successes = 0;
        for (int t = 0; t < trials; t++) {
            if (random.nextDouble() < p) {
                successes++;
            }
        }
        return successes;
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    public int answerCount() {
        return answerValue.length;
    }

    public int pairCount() {
        return pre.length;
    }

    /** Participant id of answer k (1-based ids). */
    public long answerParticipant(int k) {
        return answerParticipant[k];
    }

    public String answerItem(int k) {
        return ITEMS.get(answerItem[k]).code();
    }

    public int answerValue(int k) {
        return answerValue[k];
    }

    /** Participant id of pair i: 1-based, unique. */
    public long pairParticipant(int i) {
        return i + 1L;
    }

    public int pre(int i) {
        return pre[i];
    }

    public int post(int i) {
        return post[i];
    }

    public int maxPoints(int i) {
        return TEST_ITEMS;
    }

    /** The reaction answers as the engine's records, in row order. */
    public List<LikertAnswer> likertAnswers() {
        List<LikertAnswer> answers = new ArrayList<>(answerCount());
        for (int k = 0; k < answerCount(); k++) {
            answers.add(new LikertAnswer(answerItem(k), answerValue(k)));
        }
        return answers;
    }

    /** The pre/post pairs as the engine's records; participant id {@code "P" + id}. */
    public List<PrePostScore> prePostScores() {
        List<PrePostScore> scores = new ArrayList<>(pairCount());
        for (int i = 0; i < pairCount(); i++) {
            scores.add(new PrePostScore("P" + pairParticipant(i), pre(i), post(i), maxPoints(i)));
        }
        return scores;
    }

    /**
     * Creates {@code reaction_answer} and {@code test_score} (no keys or indexes, as a plain table of answers
     * would be) and inserts every row with batched prepared inserts in one transaction.
     */
    public void loadInto(Connection connection) throws SQLException {
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE reaction_answer(participant_id BIGINT, item_id VARCHAR, value INT)");
            ddl.execute("CREATE TABLE test_score(participant_id BIGINT, pre INT, post INT, max_points INT)");
        }
        int batch = 10_000;
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO reaction_answer(participant_id, item_id, value) VALUES (?, ?, ?)")) {
            for (int k = 0; k < answerCount(); k++) {
                insert.setLong(1, answerParticipant(k));
                insert.setString(2, answerItem(k));
                insert.setInt(3, answerValue(k));
                insert.addBatch();
                if ((k + 1) % batch == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO test_score(participant_id, pre, post, max_points) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < pairCount(); i++) {
                insert.setLong(1, pairParticipant(i));
                insert.setInt(2, pre(i));
                insert.setInt(3, post(i));
                insert.setInt(4, maxPoints(i));
                insert.addBatch();
                if ((i + 1) % batch == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
        connection.commit();
        connection.setAutoCommit(autoCommit);
    }
}
