package id.pembina.reporting.internal;

import static id.pembina.reporting.internal.Doc.col;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.api.UnitCompliance;
import id.pembina.evaluation.api.UnitInvolvement;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.Cell.Kind;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.ChartKind;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Series;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;

/**
 * {@code unit}: a unit's year (with the units below it): 20 JP compliance and who is below it, the IP ASN
 * distribution, leaders' involvement, training per programme and absences by reason.
 */
@Component(immediate = true, service = ReportType.class)
public class UnitReport implements ReportType {

    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private final ParticipantRegistry registry;

    @Activate
    public UnitReport(@Reference CatalogService catalog, @Reference EvaluationDataService evaluation,
            @Reference ParticipantRegistry registry) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.registry = registry;
    }

    @Override
    public String id() {
        return "unit";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).t("report.unit.title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("unit", ReportParameter.Kind.UNIT, true, "report.param.unit"),
                new ReportParameter("year", ReportParameter.Kind.YEAR, true, "report.param.year"));
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Texts tx = new Texts(request.locale());
        String code = request.parameter("unit").orElseThrow();
        int year = ParameterCheck.year(request.parameter("year").orElseThrow());
        OrganizationUnit unit = registry.findUnit(code).orElseThrow(() -> new NotFoundException(code));
        UnitEvaluation ue = evaluation.evaluateUnit(code, year);
        Map<String, Participant> members = new HashMap<>();
        registry.members(code, false).forEach(p -> members.put(p.nip(), p));

        Doc doc = new Doc();
        Basis.year(doc, tx, year);
        doc.basis(tx.t("report.basis.unit"), Cell.text(code + " – " + unit.name()));
        doc.basis(tx.t("report.basis.units"), Cell.text(String.join(", ", ue.unitCodes())));
        Basis.common(doc, tx, request, ue.ruleSet());

        doc.section(tx.t("report.unit.jp"));
        doc.add(new ReportDocument.Facts(List.of(new Fact(tx.t("report.unit.members"), Cells.integer(ue.jp().n())),
                new Fact(tx.t("report.unit.minimumJp"), Cell.decimal(ue.jp().minimumJp())),
                new Fact(tx.t("report.unit.compliant"), Cells.integer(ue.jp().compliant())),
                new Fact(tx.t("report.unit.rate"), Cells.percent(ue.jp().rate())))));
        List<List<Cell>> units = doc.table(tx.t("report.unit.perUnit"), col(tx.t("report.col.unit"), Kind.TEXT),
                col(tx.t("report.col.members"), Kind.INTEGER), col(tx.t("report.col.compliantCount"), Kind.INTEGER),
                col(tx.t("report.col.rate"), Kind.PERCENT));
        for (UnitCompliance u : ue.jp().units()) {
            units.add(List.of(Cell.text(u.unitCode()), Cells.integer(u.participants()), Cells.integer(u.compliant()),
                    Cells.percent(u.rate())));
        }
        List<List<Cell>> below = doc.table(tx.t("report.unit.below", String.valueOf(ue.jp().belowMinimum().size())),
                col("NIP", Kind.TEXT), col(tx.t("report.col.name"), Kind.TEXT), col(tx.t("report.col.unit"), Kind.TEXT),
                col(tx.t("report.col.jp"), Kind.DECIMAL), col(tx.t("report.col.shortfall"), Kind.DECIMAL));
        for (ParticipantJp p : ue.jp().belowMinimum()) {
            Participant person = members.get(p.participantId());
            below.add(List.of(Cell.text(p.participantId()), Cells.text(person == null ? null : person.name()),
                    Cell.text(p.unitCode()), Cell.decimal(p.jp()), Cell.decimal(p.shortfall())));
        }

        doc.section(tx.t("report.unit.index"));
        List<List<Cell>> cats = doc.table(null, col(tx.t("report.col.category"), Kind.TEXT),
                col(tx.t("report.col.count"), Kind.INTEGER));
        List<String> names = new ArrayList<>();
        List<Double> counts = new ArrayList<>();
        for (Category c : Category.values()) {
            cats.add(List.of(Cell.text(c.label()), Cells.integer(ue.index().count(c))));
            names.add(c.label());
            counts.add((double) ue.index().count(c));
        }
        doc.add(new Chart(tx.t("report.unit.indexChart"), ChartKind.BAR, names,
                List.of(new Series(tx.t("report.col.count"), counts)), tx.t("report.col.count")));
        doc.paragraph(tx.t("report.unit.notIndexed", String.valueOf(ue.notIndexed().size())));

        doc.section(tx.t("report.unit.leaders"));
        List<List<Cell>> leaders = doc.table(null, col(tx.t("report.col.unit"), Kind.TEXT),
                col(tx.t("report.col.sessions"), Kind.INTEGER), col(tx.t("report.col.leaderAttended"), Kind.INTEGER),
                col(tx.t("report.col.involvement"), Kind.PERCENT), col(tx.t("report.col.involved"), Kind.TEXT),
                col(tx.t("report.col.applying"), Kind.PERCENT));
        for (UnitInvolvement u : ue.leadership().units()) {
            leaders.add(List.of(Cell.text(u.unitCode()), Cells.integer(u.sessions()),
                    Cells.integer(u.sessionsAttendedByLeader()), Cells.percent(u.involvementShare()),
                    Cell.text(tx.t(u.involved() ? "report.yes" : "report.no")), Cells.percent(u.shareApplying())));
        }

        programmes(doc, tx, ue, members.keySet());
        return doc.build(tx.t("report.unit.file") + "-" + code + "-" + year, tx.t("report.unit.heading", unit.name(),
                String.valueOf(year)));
    }

    /**
     * Training per programme and absences by reason over the members' seats in the year's sessions: the reasons
     * recorded on cancelled or no-show enrollments plus those recorded on each meeting missed.
     */
    private void programmes(Doc doc, Texts tx, UnitEvaluation ue, Set<String> members) {
        Map<Long, List<Enrollment>> enrollments = catalog.enrollments(ue.sessionIds());
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(ue.sessionIds());
        Map<String, long[]> perProgram = new TreeMap<>(); // sessions, seats, JP credited
        Map<AbsenceReason, Integer> absences = new EnumMap<>(AbsenceReason.class);
        for (long id : ue.sessionIds()) {
            TrainingSession s = catalog.session(id).orElse(null);
            if (s == null) {
                continue;
            }
            long[] row = perProgram.computeIfAbsent(s.programCode(), k -> new long[3]);
            row[0]++;
            Set<String> seats = new HashSet<>();
            for (Enrollment e : enrollments.getOrDefault(id, List.of())) {
                if (!members.contains(e.nip())) {
                    continue;
                }
                if (e.status().takesSeat()) {
                    seats.add(e.nip());
                }
                if (e.absenceReason() != null) {
                    absences.merge(e.absenceReason(), 1, Integer::sum);
                }
            }
            row[1] += seats.size();
            for (AttendanceSummary a : attendance.getOrDefault(id, List.of())) {
                if (seats.contains(a.nip())) {
                    row[2] += a.jpCredited();
                }
                if (members.contains(a.nip())) {
                    // meetings missed, by the reason recorded on each (the seed's duty conflicts are WORKLOAD)
                    a.absencesByReason().forEach((reason, n) -> absences.merge(reason, n, Integer::sum));
                }
            }
        }
        doc.section(tx.t("report.unit.programmes"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.program"), Kind.TEXT),
                col(tx.t("report.col.sessions"), Kind.INTEGER), col(tx.t("report.col.seats"), Kind.INTEGER),
                col(tx.t("report.col.jpCredited"), Kind.INTEGER));
        perProgram.forEach((p, r) -> rows.add(List.of(Cell.text(p), Cells.integer(r[0]), Cells.integer(r[1]),
                Cells.integer(r[2]))));
        ProgramSections.absences(doc, tx, absences);
    }
}
