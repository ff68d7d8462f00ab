package id.pembina.reporting.internal;

import static id.pembina.reporting.internal.Doc.col;

import java.util.ArrayList;
import java.util.List;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.BehaviourResult;
import id.pembina.evaluation.api.DifferenceInDifferences;
import id.pembina.evaluation.api.IndicatorBehaviour;
import id.pembina.evaluation.api.ItemReaction;
import id.pembina.evaluation.api.ItemStatistics;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.ResultsEvaluation;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.Cell.Kind;
import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.ChartKind;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Facts;
import id.pembina.reporting.api.ReportDocument.Series;

/** The sections of the programme report, one method each. */
final class ProgramSections {

    private ProgramSections() {
    }

    static void sessions(Doc doc, Texts tx, ProgramFigures fig) {
        doc.section(tx.t("report.pe.sessionsHeading"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.date"), Kind.DATE),
                col(tx.t("report.col.venue"), Kind.TEXT), col(tx.t("report.col.jp"), Kind.INTEGER),
                col(tx.t("report.col.seats"), Kind.INTEGER), col(tx.t("report.col.credited"), Kind.INTEGER),
                col(tx.t("report.col.cost"), Kind.MONEY));
        for (TrainingSession s : fig.sessions()) {
            List<AttendanceSummary> att = fig.attendance().getOrDefault(s.id(), List.of());
            rows.add(List.of(Cell.date(s.start().toLocalDate()), Cells.text(s.venue()),
                    Cells.integer(s.scheduledJp() == null ? 0 : s.scheduledJp()),
                    Cells.integer(s.registered() == null ? 0 : s.registered()),
                    Cells.integer(att.stream().filter(a -> a.jpCredited() > 0).count()), Cells.money(s.totalCost())));
        }
    }

    static void participants(Doc doc, Texts tx, ProgramFigures fig) {
        doc.section(tx.t("report.pe.participantsHeading"));
        List<List<Cell>> rows = doc.table(tx.t("report.pe.byStatus"), col(tx.t("report.col.status"), Kind.TEXT),
                col(tx.t("report.col.count"), Kind.INTEGER));
        for (EnrollmentStatus s : EnrollmentStatus.values()) {
            rows.add(List.of(Cell.text(tx.t("report.status." + s.name())),
                    Cells.integer(fig.statuses().getOrDefault(s, 0))));
        }
        absences(doc, tx, fig.absences());
    }

    static void absences(Doc doc, Texts tx, java.util.Map<AbsenceReason, Integer> absences) {
        List<List<Cell>> rows = doc.table(tx.t("report.absences"), col(tx.t("report.col.reason"), Kind.TEXT),
                col(tx.t("report.col.count"), Kind.INTEGER));
        for (AbsenceReason r : AbsenceReason.values()) {
            rows.add(List.of(Cell.text(tx.t("report.absence." + r.name())), Cells.integer(absences.getOrDefault(r, 0))));
        }
    }

    static void reaction(Doc doc, Texts tx, LevelResults lv, ProgramFigures fig) {
        doc.section(tx.t("report.pe.l1"));
        var overall = lv.reaction().overall();
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.responses"), Cells.integer(lv.reactionResponses())),
                new Fact(tx.t("report.pe.meanOverall"), Cells.decimal(overall.mean())),
                new Fact(tx.t("report.pe.favourable"), Cells.percent(overall.favourableShare())))));
        List<List<Cell>> rows = doc.table(tx.t("report.pe.items"), col(tx.t("report.col.item"), Kind.TEXT),
                col(tx.t("report.col.n"), Kind.INTEGER), col(tx.t("report.col.mean"), Kind.DECIMAL),
                col(tx.t("report.col.sd"), Kind.DECIMAL), col(tx.t("report.col.favourable"), Kind.PERCENT));
        List<String> categories = new ArrayList<>();
        List<Double> means = new ArrayList<>();
        for (ItemReaction i : lv.reaction().items()) {
            rows.add(List.of(Cell.text(i.item().wording()), Cells.integer(i.statistics().n()),
                    Cells.decimal(i.statistics().mean()), Cells.decimal(i.statistics().standardDeviation()),
                    Cells.percent(i.statistics().favourableShare())));
            categories.add(i.item().code());
            means.add(i.statistics().mean());
        }
        if (!categories.isEmpty()) {
            doc.add(new Chart(tx.t("report.pe.l1Chart"), ChartKind.BAR, categories,
                    List.of(new Series(tx.t("report.col.mean"), means)), tx.t("report.pe.scale15")));
        }
        List<List<Cell>> below = doc.table(tx.t("report.pe.belowThreshold",
                Recommendations.number(tx, id.pembina.evaluation.api.EvaluationEngine.DEFAULT_IMPROVEMENT_THRESHOLD)),
                col(tx.t("report.col.version"), Kind.TEXT), col(tx.t("report.col.item"), Kind.TEXT),
                col(tx.t("report.col.n"), Kind.INTEGER), col(tx.t("report.col.mean"), Kind.DECIMAL));
        fig.belowThreshold().forEach(p -> below.add(List.of(Cell.text(p.version()), Cell.text(p.point().wording()),
                Cells.integer(p.point().n()), Cells.decimal(p.point().mean()))));
        List<List<Cell>> comments = doc.table(tx.t("report.pe.comments"), col(tx.t("report.col.date"), Kind.DATE),
                col(tx.t("report.col.comment"), Kind.TEXT));
        fig.comments().forEach(c -> comments.add(List.of(c.sessionDay() == null ? Cell.empty(Kind.DATE)
                : Cell.date(c.sessionDay()), Cell.text(c.text()))));
    }

    static void learning(Doc doc, Texts tx, LevelResults lv, LearningResult l, ProgramFigures fig) {
        doc.section(tx.t("report.pe.l2"));
        var gain = l.classGain();
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.preTests"), Cells.integer(lv.preTests())),
                new Fact(tx.t("report.pe.postTests"), Cells.integer(lv.postTests())),
                new Fact(tx.t("report.pe.pairs"), Cells.integer(l.n())),
                new Fact(tx.t("report.pe.meanPre"), Cells.percent(l.meanPrePercent() == null ? null : l.meanPrePercent() / 100)),
                new Fact(tx.t("report.pe.meanPost"), Cells.percent(l.meanPostPercent() == null ? null : l.meanPostPercent() / 100)),
                new Fact(tx.t("report.pe.gain"), Cells.decimal(gain == null ? null : gain.value())),
                new Fact(tx.t("report.pe.band"), Cells.text(gain == null || gain.band() == null ? null
                        : tx.t("report.band." + gain.band().name()))),
                new Fact(tx.t("report.pe.pValue"), Cells.decimal(l.tTest() == null ? null : l.tTest().pValue())))));
        if (l.n() > 0) {
            doc.add(new Chart(tx.t("report.pe.l2Chart"), ChartKind.BAR,
                    List.of(tx.t("report.pe.pre"), tx.t("report.pe.post")),
                    List.of(new Series(tx.t("report.pe.meanScore"), List.of(l.meanPrePercent(), l.meanPostPercent()))),
                    "%"));
        }
        itemAnalysis(doc, tx, tx.t("report.pe.itemsPre"), fig.preTest(), fig);
        itemAnalysis(doc, tx, tx.t("report.pe.itemsPost"), lv.itemAnalysis() == null ? null
                : new ProgramFigures.Analysis(lv.itemAnalysis().version(), lv.itemAnalysis().analysis()), fig);
    }

    private static void itemAnalysis(Doc doc, Texts tx, String caption, ProgramFigures.Analysis a, ProgramFigures fig) {
        List<List<Cell>> rows = doc.table(a == null ? caption : caption + " (" + tx.t("report.col.version") + " "
                + a.version() + ")", col(tx.t("report.col.item"), Kind.TEXT), col(tx.t("report.col.question"), Kind.TEXT),
                col(tx.t("report.col.n"), Kind.INTEGER), col(tx.t("report.col.correct"), Kind.INTEGER),
                col(tx.t("report.col.difficulty"), Kind.DECIMAL), col(tx.t("report.col.discrimination"), Kind.DECIMAL));
        if (a != null) {
            for (ItemStatistics s : a.analysis().items()) {
                rows.add(List.of(Cell.text(s.itemCode()), Cells.text(fig.questions().get(s.itemCode())),
                        Cells.integer(s.n()), Cells.integer(s.correct()), Cells.decimal(s.difficulty()),
                        Cells.decimal(s.discrimination())));
            }
        }
    }

    static void behaviour(Doc doc, Texts tx, BehaviourResult b, ProgramFigures fig) {
        doc.section(tx.t("report.pe.l3"));
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.responseRate"), Cells.percent(b.responseRate())),
                new Fact(tx.t("report.pe.shareApplying"), Cells.percent(b.shareApplying())),
                new Fact(tx.t("report.pe.supervisorsInvolved"), Cells.percent(fig.supervisorInvolvement())))));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.indicator"), Kind.TEXT),
                col(tx.t("report.col.before"), Kind.DECIMAL), col(tx.t("report.col.after"), Kind.DECIMAL),
                col(tx.t("report.col.change"), Kind.DECIMAL), col(tx.t("report.col.applying"), Kind.PERCENT));
        List<String> categories = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        for (IndicatorBehaviour i : b.indicators()) {
            rows.add(List.of(Cell.text(i.indicator().wording()), Cells.decimal(i.meanBefore()),
                    Cells.decimal(i.meanAfter()), Cells.decimal(i.change()), Cells.percent(i.shareApplying())));
            categories.add(i.indicator().code());
            before.add(i.meanBefore());
            after.add(i.meanAfter());
        }
        if (!categories.isEmpty()) {
            doc.add(new Chart(tx.t("report.pe.l3Chart"), ChartKind.BAR, categories,
                    List.of(new Series(tx.t("report.col.before"), before), new Series(tx.t("report.col.after"), after)),
                    tx.t("report.pe.scale14")));
        }
    }

    static void results(Doc doc, Texts tx, ResultsEvaluation r, ProgramDetail detail) {
        doc.section(tx.t("report.pe.l4"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.indicator"), Kind.TEXT),
                col(tx.t("report.col.treatedBefore"), Kind.DECIMAL), col(tx.t("report.col.treatedAfter"), Kind.DECIMAL),
                col(tx.t("report.col.comparisonBefore"), Kind.DECIMAL),
                col(tx.t("report.col.comparisonAfter"), Kind.DECIMAL), col(tx.t("report.col.did"), Kind.DECIMAL),
                col(tx.t("report.col.improvement"), Kind.DECIMAL));
        List<String> categories = new ArrayList<>();
        List<Double> treated = new ArrayList<>();
        List<Double> comparison = new ArrayList<>();
        for (DifferenceInDifferences d : r.estimates()) {
            String name = detail.results().stream().filter(i -> i.id().equals(d.indicatorCode())).findFirst()
                    .map(i -> i.name() + " (" + i.unitOfMeasure() + ")").orElse(d.indicatorCode());
            rows.add(List.of(Cell.text(name), Cells.decimal(d.treatedBefore()), Cells.decimal(d.treatedAfter()),
                    Cells.decimal(d.comparisonBefore()), Cells.decimal(d.comparisonAfter()), Cells.decimal(d.estimate()),
                    Cells.decimal(d.improvement())));
            if (d.treatedChange() != null || d.comparisonChange() != null) {
                categories.add(d.indicatorCode());
                treated.add(d.treatedChange());
                comparison.add(d.comparisonChange());
            }
        }
        if (!categories.isEmpty()) {
            // Changes can be negative; the chart draws them from 0 upwards only, so it shows their size.
            doc.add(new Chart(tx.t("report.pe.l4Chart"), ChartKind.BAR, categories, List.of(
                    new Series(tx.t("report.pe.treated"), abs(treated)),
                    new Series(tx.t("report.pe.comparison"), abs(comparison))), tx.t("report.col.change")));
        }
        doc.paragraph(tx.t("report.pe.didNote"));
    }

    static void roi(Doc doc, Texts tx, RoiResult roi, int seats, long creditedJp) {
        doc.section(tx.t("report.pe.l5"));
        doc.add(new Facts(List.of(new Fact(tx.t("report.pe.totalCost"), Cells.money(roi.totalCosts())),
                new Fact(tx.t("report.pe.benefits"), Cells.money(roi.benefits())),
                new Fact(tx.t("report.pe.netBenefits"), Cells.money(roi.netBenefits())),
                new Fact(tx.t("report.pe.roi"), roi.roiPercent() == null ? Cell.empty(Kind.PERCENT)
                        : Cell.percent(roi.roiPercent().movePointLeft(2))),
                new Fact(tx.t("report.pe.bcr"), roi.benefitCostRatio() == null ? Cell.empty(Kind.DECIMAL)
                        : Cell.decimal(roi.benefitCostRatio())),
                new Fact(tx.t("report.pe.costPerParticipant"), Cells.money(Cells.per(roi.totalCosts(), seats))),
                new Fact(tx.t("report.pe.costPerJp"), Cells.money(Cells.per(roi.totalCosts(), creditedJp))))));
        if (roi.totalCosts().signum() > 0 || roi.benefits().signum() > 0) {
            doc.add(new Chart(tx.t("report.pe.l5Chart"), ChartKind.BAR,
                    List.of(tx.t("report.pe.totalCost"), tx.t("report.pe.benefits")),
                    List.of(new Series("Rp", List.of(roi.totalCosts().doubleValue(), roi.benefits().doubleValue()))), "Rp"));
        }
        doc.paragraph(tx.t("report.pe.costNote"));
    }

    private static List<Double> abs(List<Double> values) {
        List<Double> out = new ArrayList<>();
        values.forEach(v -> out.add(v == null ? null : Math.abs(v)));
        return out;
    }
}
