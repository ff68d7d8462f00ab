package id.pembina.web.internal;

import java.util.ArrayList;
import java.util.List;

import id.pembina.evaluation.data.api.LevelResults;

/** Which Kirkpatrick levels of a session still lack data (as message codes of the level names). */
final class EvaluationStatus {

    private EvaluationStatus() {
    }

    static List<String> missing(LevelResults levels) {
        List<String> missing = new ArrayList<>();
        if (levels.reactionResponses() == 0) {
            missing.add("web.level.1");
        }
        if (levels.preTests() == 0 || levels.postTests() == 0) {
            missing.add("web.level.2");
        }
        if (levels.behaviour() == null || levels.behaviour().afterRatings() == 0) {
            missing.add("web.level.3");
        }
        if (levels.results() == null || levels.results().changes().isEmpty()) {
            missing.add("web.level.4");
        }
        if (levels.roi() == null || levels.roi().benefits() == null || levels.roi().benefits().signum() == 0) {
            missing.add("web.level.5");
        }
        return missing;
    }
}
