package id.pembina.reporting.internal;

import java.util.ArrayList;
import java.util.List;

import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;

/**
 * Recommendations drawn from the figures: reaction items below the threshold, a class gain below 0.3 (Hake's
 * low band), behaviour indicators most participants do not apply (share rated 3 or 4 below one half), and
 * supervisors who took no part (below the engine's involvement threshold), and absences for workload as the
 * evaluation's follow-through finds them.
 */
final class Recommendations {

    /** Below this class gain the learning is "low" (Hake 1998). */
    static final double LOW_GAIN = 0.3;

    /** Below this share an indicator counts as not applied. */
    static final double APPLIED = 0.5;

    private Recommendations() {
    }

    static List<String> of(Texts tx, ProgramFigures fig, LearningResult learning, BehaviourResult behaviour) {
        return of(tx, fig, learning, behaviour, null);
    }

    /**
     * @param workload the share of enrolments missing meetings or the seat for workload when the evaluation
     *                 recommends acting on it ({@code WORKLOAD_ABSENCES}), else null
     */
    static List<String> of(Texts tx, ProgramFigures fig, LearningResult learning, BehaviourResult behaviour,
            Double workload) {
        List<String> out = new ArrayList<>();
        for (ProgramFigures.VersionPoint p : fig.belowThreshold()) {
            out.add(tx.t("report.rec.item", p.point().wording(), number(tx, p.point().mean()),
                    number(tx, EvaluationEngine.DEFAULT_IMPROVEMENT_THRESHOLD), p.version()));
        }
        Double gain = learning.classGain() == null ? null : learning.classGain().value();
        if (gain != null && gain < LOW_GAIN) {
            out.add(tx.t("report.rec.gain", number(tx, gain)));
        }
        for (IndicatorBehaviour i : behaviour.indicators()) {
            if (i.shareApplying() != null && i.shareApplying() < APPLIED) {
                out.add(tx.t("report.rec.behaviour", i.indicator().wording(),
                        CellText.of(Cells.percent(i.shareApplying()), tx.locale())));
            }
        }
        if (behaviour.afterRatings() == 0) {
            out.add(tx.t("report.rec.noFollowUp"));
        }
        Double involvement = fig.supervisorInvolvement();
        if (involvement != null && involvement < EvaluationEngine.DEFAULT_INVOLVEMENT_THRESHOLD) {
            out.add(tx.t("report.rec.leaders", CellText.of(Cells.percent(involvement), tx.locale())));
        }
        if (workload != null) {
            out.add(tx.t("report.rec.workload", CellText.of(Cells.percent(workload), tx.locale())));
        }
        if (out.isEmpty()) {
            out.add(tx.t("report.rec.none"));
        }
        return out;
    }

    static void write(Doc doc, Texts tx, ProgramFigures fig, LearningResult learning, BehaviourResult behaviour,
            Double workload) {
        doc.section(tx.t("report.pe.recommendations"));
        of(tx, fig, learning, behaviour, workload).forEach(doc::paragraph);
    }

    static String number(Texts tx, double d) {
        return CellText.of(Cell.decimal(Cells.round(d, 2)), tx.locale());
    }
}
