package id.pembina.reporting.internal;

import static id.pembina.reporting.internal.Doc.col;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.CostLine;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.TimeAwayCost;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.Cell.Kind;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Facts;

/**
 * The programme report's sections for what the seed asks beyond levels 1-5: self-assessment beside the
 * supervisors' follow-up, the participants' time away from duty (fully loaded costs), the delivery-mode comparison
 * and the follow-through actions.
 */
final class FollowThroughSections {

    private FollowThroughSections() {
    }

    /** Per indicator the supervisors' and the participants' own after-ratings side by side; none without self-ratings. */
    static void selfAssessment(Doc doc, Texts tx, BehaviourResult supervisors, BehaviourResult self) {
        if (self == null || self.afterRatings() == 0) {
            return;
        }
        doc.section(tx.t("report.pe.self"));
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.selfApplying"), Cells.percent(self.shareApplying())),
                new Fact(tx.t("report.pe.shareApplying"), Cells.percent(supervisors.shareApplying())),
                new Fact(tx.t("report.pe.selfResponse"), Cells.percent(self.responseRate())))));
        Map<String, IndicatorBehaviour> own = new HashMap<>();
        self.indicators().forEach(i -> own.put(i.indicator().code(), i));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.indicator"), Kind.TEXT),
                col(tx.t("report.col.supervisorAfter"), Kind.DECIMAL), col(tx.t("report.col.selfAfter"), Kind.DECIMAL),
                col(tx.t("report.col.supervisorApplying"), Kind.PERCENT),
                col(tx.t("report.col.selfApplying"), Kind.PERCENT));
        for (IndicatorBehaviour i : supervisors.indicators()) {
            IndicatorBehaviour s = own.get(i.indicator().code());
            rows.add(List.of(Cell.text(i.indicator().wording()), Cells.decimal(i.meanAfter()),
                    Cells.decimal(s == null ? null : s.meanAfter()), Cells.percent(i.shareApplying()),
                    Cells.percent(s == null ? null : s.shareApplying())));
        }
    }

    /**
     * The time away from duty as a cost of its own, and the ROI with it (fully loaded) beside the ROI without it;
     * the fully loaded figures are the engine's over the costs plus the time away.
     */
    static void timeAway(Doc doc, Texts tx, TimeAwayCost t, RoiResult roi, boolean included, EvaluationEngine engine) {
        if (t == null) {
            return;
        }
        doc.section(tx.t("report.pe.timeAway"));
        RoiResult loaded = included ? roi : engine.roi(List.of(new CostLine("costs", roi.totalCosts()),
                new CostLine("time away", t.amount())), roi.benefits());
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.timeAwayHours"), Cell.decimal(t.hours())),
                new Fact(tx.t("report.pe.timeAwayCost"), Cells.money(t.amount())),
                new Fact(tx.t("report.pe.fullyLoadedCost"), Cells.money(loaded.totalCosts())),
                new Fact(tx.t("report.pe.fullyLoadedRoi"), loaded.roiPercent() == null ? Cell.empty(Kind.PERCENT)
                        : Cell.percent(loaded.roiPercent().movePointLeft(2))))));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.golongan"), Kind.TEXT),
                col(tx.t("report.col.seats"), Kind.INTEGER), col(tx.t("report.col.hours"), Kind.DECIMAL),
                col(tx.t("report.col.ratePerHour"), Kind.MONEY), col(tx.t("report.col.amount"), Kind.MONEY));
        for (TimeAwayCost.Line l : t.lines()) {
            rows.add(List.of(Cell.text(l.golongan()), Cells.integer(l.seats()), Cell.decimal(l.hours()),
                    Cells.money(l.ratePerHour()), Cells.money(l.amount())));
        }
        doc.paragraph(tx.t("report.pe.timeAwayNote"));
    }

    /** The delivery modes side by side, when the programme ran in more than one. */
    static void delivery(Doc doc, Texts tx, DeliveryComparison c) {
        if (c.groups().size() < 2) {
            return;
        }
        doc.section(tx.t("report.pe.delivery"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.mode"), Kind.TEXT),
                col(tx.t("report.col.sessions"), Kind.INTEGER), col(tx.t("report.col.seats"), Kind.INTEGER),
                col(tx.t("report.col.pairs"), Kind.INTEGER), col(tx.t("report.col.gain"), Kind.DECIMAL),
                col(tx.t("report.col.rated"), Kind.INTEGER), col(tx.t("report.col.behaviourChange"), Kind.DECIMAL),
                col(tx.t("report.col.attendance"), Kind.PERCENT), col(tx.t("report.col.costPerJp"), Kind.MONEY));
        for (DeliveryComparison.Group g : c.groups()) {
            rows.add(List.of(Cell.text(tx.t("report.mode." + g.mode().name())), Cells.integer(g.sessions()),
                    Cells.integer(g.seats()), Cells.integer(g.pairs()), Cells.decimal(g.classGain()),
                    Cells.integer(g.ratedParticipants()), Cells.decimal(g.behaviourChange()),
                    Cells.percent(g.attendanceRate()), Cells.money(g.costPerJp())));
        }
    }

    /** The programme's follow-through actions with their status, owner and due date. */
    static void actions(Doc doc, Texts tx, List<ProgramAction> actions) {
        doc.section(tx.t("report.pe.actions"));
        if (actions.isEmpty()) {
            doc.paragraph(tx.t("report.pe.noActions"));
            return;
        }
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.action"), Kind.TEXT),
                col(tx.t("report.col.owner"), Kind.TEXT), col(tx.t("report.col.due"), Kind.DATE),
                col(tx.t("report.col.status"), Kind.TEXT));
        for (ProgramAction a : actions) {
            rows.add(List.of(Cell.text(a.text()), Cell.text(a.owner()),
                    a.due() == null ? Cell.empty(Kind.DATE) : Cell.date(a.due()),
                    Cell.text(tx.t("report.status." + a.status().name()))));
        }
    }
}
