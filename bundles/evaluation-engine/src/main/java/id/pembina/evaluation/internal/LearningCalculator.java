package id.pembina.evaluation.internal;

import java.util.ArrayList;
import java.util.List;

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
        return new LearningResult(n, meanPre, meanPost, classGain(meanPre, meanPost),
                PairedTTestCalculator.compute(differences), participants);
    }

    static NormalizedGain classGain(Double meanPre, Double meanPost) {
        if (meanPre == null) {
            return new NormalizedGain(null, null, UndefinedReason.NO_DATA);
        }
        if (meanPre >= 100) {
            return new NormalizedGain(null, null, UndefinedReason.PRE_AT_MAXIMUM);
        }
        double g = gain(meanPre, meanPost);
        return new NormalizedGain(g, GainBand.of(g), null);
    }

    private static double gain(double pre, double post) {
        return (post - pre) / (100 - pre);
    }
}
