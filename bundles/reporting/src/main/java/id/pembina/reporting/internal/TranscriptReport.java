package id.pembina.reporting.internal;

import static id.pembina.reporting.internal.Doc.col;

import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.evaluation.api.ProfessionalismIndex;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.participant.api.Participant;
import id.pembina.platform.api.Messages;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.Cell.Kind;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;

/** {@code transcript}: the riwayat pengembangan kompetensi of one ASN, to hand to the person. */
@Component(immediate = true, service = ReportType.class)
public class TranscriptReport implements ReportType {

    private final EvaluationDataService evaluation;
    /** Renders the evaluation's code of why a participant has no index. */
    private final Messages messages;

    @Activate
    public TranscriptReport(@Reference EvaluationDataService evaluation, @Reference Messages messages) {
        this.evaluation = evaluation;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "transcript";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).t("report.transcript.title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("nip", ReportParameter.Kind.NIP, true, "report.param.nip"),
                new ReportParameter("year", ReportParameter.Kind.YEAR, true, "report.param.year"));
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Texts tx = new Texts(request.locale());
        int year = ParameterCheck.year(request.parameter("year").orElseThrow());
        Transcript t = evaluation.transcript(request.parameter("nip").orElseThrow(), year);
        Participant p = t.participant();

        Doc doc = new Doc();
        Basis.year(doc, tx, year);
        doc.basis("NIP", Cell.text(p.nip()));
        Basis.common(doc, tx, request, t.ruleSet());

        doc.section(tx.t("report.transcript.person"));
        doc.add(new ReportDocument.Facts(List.of(new Fact(tx.t("report.col.name"), Cell.text(p.name())),
                new Fact("NIP", Cell.text(p.nip())), new Fact(tx.t("report.col.unit"), Cells.text(p.unitCode())),
                new Fact(tx.t("report.transcript.position"), Cells.text(p.positionTitle())),
                new Fact(tx.t("report.transcript.rank"), Cells.text(p.rank() == null ? null : p.rank().name())))));

        doc.section(tx.t("report.transcript.history"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.date"), Kind.DATE),
                col(tx.t("report.col.training"), Kind.TEXT), col(tx.t("report.col.type"), Kind.TEXT),
                col(tx.t("report.col.source"), Kind.TEXT), col(tx.t("report.col.jp"), Kind.DECIMAL),
                col(tx.t("report.col.certificate"), Kind.TEXT));
        for (TranscriptEntry e : t.trainings()) {
            rows.add(List.of(e.date() == null ? Cell.empty(Kind.DATE) : Cell.date(e.date()), Cells.text(e.title()),
                    Cell.text(tx.t("report.trainingType." + e.type().name())),
                    Cell.text(tx.t("report.source." + e.source().name())), Cell.decimal(e.jp()),
                    Cells.text(e.certificateNumber())));
        }

        doc.section(tx.t("report.transcript.year", String.valueOf(year)));
        doc.add(new ReportDocument.Facts(List.of(new Fact(tx.t("report.transcript.jp"), Cell.decimal(t.jpInYear())),
                new Fact(tx.t("report.unit.minimumJp"), Cell.decimal(t.minimumJp())),
                new Fact(tx.t("report.transcript.compliant"), Cell.text(tx.t(t.jpCompliant() ? "report.yes" : "report.no"))))));
        ProfessionalismIndex i = t.index();
        if (i == null) {
            doc.paragraph(tx.t("report.transcript.notIndexed", messages.text(tx.locale(), t.notIndexedReason())));
        } else {
            doc.add(new ReportDocument.Facts(List.of(
                    new Fact(tx.t("report.transcript.qualification"), Cell.decimal(i.qualification())),
                    new Fact(tx.t("report.transcript.competency"), Cell.decimal(i.competency().total())),
                    new Fact(tx.t("report.transcript.performance"), Cell.decimal(i.performance())),
                    new Fact(tx.t("report.transcript.discipline"), Cell.decimal(i.discipline())),
                    new Fact(tx.t("report.transcript.total"), Cell.decimal(i.total())),
                    new Fact(tx.t("report.col.category"), Cell.text(i.category().label())))));
        }
        return doc.build(tx.t("report.transcript.file") + "-" + p.nip() + "-" + year,
                tx.t("report.transcript.heading", p.name(), String.valueOf(year)));
    }
}
