package id.pembina.evaluation.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.evaluation.api.GainBand;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.NormalizedGain;
import id.pembina.evaluation.api.ParticipantLearning;
import id.pembina.evaluation.api.PrePostScore;
import id.pembina.evaluation.api.UndefinedReason;

/** Level 2: percentages, Hake's normalized gain and the paired t-test. */
final class LearningCalculator {

    private LearningCalculator() {
    }

    static LearningResult compute(List<PrePostScore> scores) {
        Stats.unique(scores, PrePostScore::participantId, "participant");
        int n = scores.size();
        double[] pre = new double[n];
        double[] post = new double[n];
        double[] differences = new double[n];
        List<ParticipantLearning> participants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            PrePostScore s = scores.get(i);
            // score * 100 / max: a full score gives exactly 100, so "pre = 100 %" is an exact test.
            pre[i] = s.preScore() * 100 / s.maxPoints();
            post[i] = s.postScore() * 100 / s.maxPoints();
            differences[i] = post[i] - pre[i];
            participants.add(pre[i] == 100
                    ? new ParticipantLearning(s.participantId(), pre[i], post[i], null, UndefinedReason.PRE_AT_MAXIMUM)
                    : new ParticipantLearning(s.participantId(), pre[i], post[i], gain(pre[i], post[i]), null));
        }
        Double meanPre = Stats.mean(pre);
        Double meanPost = Stats.mean(post);
        return new LearningResult(n, meanPre, meanPost, classGain(scores),
                PairedTTestCalculator.compute(differences), participants);
    }

    /**
     * Hake's class gain from the scores, exactly: with s_i = score / max, &lang;g&rang; = &Sigma;(post_i &minus;
     * pre_i) / (n &minus; &Sigma;pre_i), which equals (&lang;post%&rang; &minus; &lang;pre%&rang;) / (100 &minus;
     * &lang;pre%&rang;). The band is decided on the exact fraction, so 0.3 and 0.7 land in the band above.
     */
    static NormalizedGain classGain(List<PrePostScore> scores) {
        if (scores.isEmpty()) {
            return new NormalizedGain(null, null, UndefinedReason.NO_DATA);
        }
        // Scores of one maximum are summed first: sum((post_i - pre_i) / max) = (sum post_i - sum pre_i) / max
        // exactly, so a class of many scores makes one fraction per maximum, not one per score.
        Map<Double, ScoreSums> byMax = new LinkedHashMap<>();
        for (PrePostScore s : scores) {
            byMax.computeIfAbsent(s.maxPoints(), m -> new ScoreSums()).add(s.preScore(), s.postScore());
        }
        ExactShare gained = ExactShare.ZERO;
        ExactShare preShares = ExactShare.ZERO;
        for (Map.Entry<Double, ScoreSums> e : byMax.entrySet()) {
            BigDecimal max = ExactShare.decimal(e.getKey());
            BigDecimal pre = e.getValue().pre();
            gained = gained.plus(e.getValue().post().subtract(pre), max);
            preShares = preShares.plus(pre, max);
        }
        // room = n - sum(pre_i): what the class could still gain, as a fraction over the same denominator.
        ExactShare room = new ExactShare(
                BigDecimal.valueOf(scores.size()).multiply(preShares.denominator()).subtract(preShares.numerator()),
                preShares.denominator());
        if (room.signum() <= 0) {
            return new NormalizedGain(null, null, UndefinedReason.PRE_AT_MAXIMUM);
        }
        GainBand band = gained.compareRatio(room, 7, 10) >= 0 ? GainBand.HIGH
                : gained.compareRatio(room, 3, 10) >= 0 ? GainBand.MEDIUM : GainBand.LOW;
        return new NormalizedGain(gained.ratio(room), band, null);
    }

    /**
     * Exact sums of pre and post scores as written: whole scores (the usual case) in longs, others as decimals
     * ({@link ExactShare#decimal}).
     */
    private static final class ScoreSums {
        private long wholePre;
        private long wholePost;
        private BigDecimal partPre = BigDecimal.ZERO;
        private BigDecimal partPost = BigDecimal.ZERO;

        void add(double pre, double post) {
            if (isWhole(pre) && fits(wholePre, pre)) {
                wholePre += (long) pre;
            } else {
                partPre = partPre.add(ExactShare.decimal(pre));
            }
            if (isWhole(post) && fits(wholePost, post)) {
                wholePost += (long) post;
            } else {
                partPost = partPost.add(ExactShare.decimal(post));
            }
        }

        /** Whether {@code sum + v} stays a long (else {@code v} goes to the decimal part: the sum stays exact). */
        private static boolean fits(long sum, double v) {
            long w = (long) v;
            long total = sum + w;
            return ((sum ^ total) & (w ^ total)) >= 0;
        }

        BigDecimal pre() {
            return partPre.add(BigDecimal.valueOf(wholePre));
        }

        BigDecimal post() {
            return partPost.add(BigDecimal.valueOf(wholePost));
        }

        /** Whole and small enough that its long and its decimal are the same number. */
        private static boolean isWhole(double v) {
            return v == Math.rint(v) && Math.abs(v) < 1e15;
        }
    }

    private static double gain(double pre, double post) {
        return (post - pre) / (100 - pre);
    }
}
