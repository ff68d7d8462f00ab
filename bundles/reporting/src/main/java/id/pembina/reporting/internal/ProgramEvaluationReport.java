package id.pembina.reporting.internal;

import java.time.LocalDate;
import java.util.List;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;

/**
 * {@code program-evaluation}: a programme's sessions in a period, its participants and attendance, Kirkpatrick
 * levels 1-4 and Phillips ROI with charts, and recommendations drawn from those figures.
 */
@Component(immediate = true, service = ReportType.class)
public class ProgramEvaluationReport implements ReportType {

    static final String ID = "program-evaluation";

    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private final EvaluationEngine engine;
    private final ParticipantRegistry registry;

    @Activate
    public ProgramEvaluationReport(@Reference CatalogService catalog, @Reference EvaluationDataService evaluation,
            @Reference EvaluationEngine engine, @Reference ParticipantRegistry registry) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.engine = engine;
        this.registry = registry;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title(java.util.Locale locale) {
        return new Texts(locale).t("report.programEvaluation.title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("program", ReportParameter.Kind.PROGRAM, true, "report.param.program"),
                new ReportParameter("from", ReportParameter.Kind.DATE, false, "report.param.from"),
                new ReportParameter("to", ReportParameter.Kind.DATE, false, "report.param.to"));
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Texts tx = new Texts(request.locale());
        String code = request.parameter("program").orElseThrow();
        ProgramDetail detail = catalog.program(code).orElseThrow(() -> new NotFoundException(code));
        LocalDate from = request.parameter("from").map(ParameterCheck::date).orElse(null);
        LocalDate to = request.parameter("to").map(ParameterCheck::date).orElse(null);
        ProgramEvaluation pe = evaluation.evaluateProgram(code, from, to);
        ProgramFigures fig = ProgramFigures.read(catalog, evaluation, engine, registry, detail, pe);
        LevelResults lv = pe.levels();

        Doc doc = new Doc();
        Basis.period(doc, tx, from, to);
        doc.basis(tx.t("report.basis.program"), Cell.text(code + " – " + detail.program().title()));
        Basis.common(doc, tx, request, evaluation.ruleSets().forYear(Basis.year(to, request)).name());

        RoiResult roi = lv.roi();
        doc.section(tx.t("report.pe.summary"));
        doc.add(new ReportDocument.Facts(List.of(
                fact(tx, "report.pe.sessions", Cells.integer(pe.sessionIds().size())),
                fact(tx, "report.pe.seats", Cells.integer(pe.seats())),
                fact(tx, "report.pe.credited", Cells.integer(fig.credited())),
                fact(tx, "report.pe.attendanceRate", Cells.percent(fig.attendanceRate())),
                fact(tx, "report.pe.totalCost", Cells.money(roi.totalCosts())))));

        ProgramSections.sessions(doc, tx, fig);
        ProgramSections.participants(doc, tx, fig);
        ProgramSections.reaction(doc, tx, lv, fig);
        LearningResult learning = lv.learning();
        ProgramSections.learning(doc, tx, lv, learning, fig);
        ProgramSections.behaviour(doc, tx, lv.behaviour(), fig);
        ProgramSections.results(doc, tx, lv.results(), detail);
        ProgramSections.roi(doc, tx, roi, pe.seats(), fig.creditedJp());
        Recommendations.write(doc, tx, fig, learning, lv.behaviour());

        String period = from == null && to == null ? "" : "-" + Basis.yearSpan(from, to);
        return doc.build(tx.t("report.programEvaluation.file") + "-" + code + period,
                tx.t("report.programEvaluation.heading", code, detail.program().title()));
    }

    private static ReportDocument.Fact fact(Texts tx, String code, Cell value) {
        return new ReportDocument.Fact(tx.t(code), value);
    }
}
