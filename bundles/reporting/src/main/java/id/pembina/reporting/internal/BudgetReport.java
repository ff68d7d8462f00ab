package id.pembina.reporting.internal;

import static id.pembina.reporting.internal.Doc.col;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.Cell.Kind;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;

/**
 * {@code budget}: the realised cost of the sessions taking place in a year, per programme, session and cost
 * category, per participant and per JP credited. With {@code unit}, each session counts with the share of its
 * seats the unit's members (and those of the units below it) held, each amount rounded once to 2 places HALF_UP.
 * There is no plan to compare with yet (planning comes later), and the report says so.
 */
@Component(immediate = true, service = ReportType.class)
public class BudgetReport implements ReportType {

    private static final int PAGE = 500;

    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private final ParticipantRegistry registry;

    @Activate
    public BudgetReport(@Reference CatalogService catalog, @Reference EvaluationDataService evaluation,
            @Reference ParticipantRegistry registry) {
        this.catalog = catalog;
        this.evaluation = evaluation;
        this.registry = registry;
    }

    @Override
    public String id() {
        return "budget";
    }

    @Override
    public String title(Locale locale) {
        return new Texts(locale).t("report.budget.title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("year", ReportParameter.Kind.YEAR, true, "report.param.year"),
                new ReportParameter("program", ReportParameter.Kind.PROGRAM, false, "report.param.program"),
                new ReportParameter("unit", ReportParameter.Kind.UNIT, false, "report.param.unit"));
    }

    /** A session's part in the report: the share counted and its seats and JP in scope. */
    private record Part(TrainingSession session, int seats, int allSeats, long jp) {
        /** The amount times seats / all seats, rounded once; the whole amount without a unit. */
        BigDecimal amount(BigDecimal full) {
            return seats == allSeats ? full : full.multiply(BigDecimal.valueOf(seats))
                    .divide(BigDecimal.valueOf(allSeats), 2, RoundingMode.HALF_UP);
        }

        BigDecimal share() {
            return seats == allSeats ? BigDecimal.ONE
                    : BigDecimal.valueOf(seats).divide(BigDecimal.valueOf(allSeats), 4, RoundingMode.HALF_UP);
        }
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Texts tx = new Texts(request.locale());
        int year = ParameterCheck.year(request.parameter("year").orElseThrow());
        String program = request.parameter("program").orElse(null);
        String unit = request.parameter("unit").orElse(null);
        if (program != null && catalog.program(program).isEmpty()) {
            throw new NotFoundException(program);
        }
        Set<String> members = null;
        if (unit != null) {
            if (registry.findUnit(unit).isEmpty()) {
                throw new NotFoundException(unit);
            }
            members = new HashSet<>();
            for (Participant p : registry.members(unit, false)) {
                members.add(p.nip());
            }
        }
        List<Part> parts = parts(sessions(program, year), members);

        Doc doc = new Doc();
        Basis.year(doc, tx, year);
        doc.basis(tx.t("report.basis.program"), Cell.text(program == null ? tx.t("report.basis.all") : program));
        doc.basis(tx.t("report.basis.unit"), Cell.text(unit == null ? tx.t("report.basis.all") : unit));
        Basis.common(doc, tx, request, evaluation.ruleSets().forYear(year).name());

        BigDecimal total = BigDecimal.ZERO;
        int seats = 0;
        long jp = 0;
        Map<String, BigDecimal[]> perProgram = new TreeMap<>(); // cost, sessions, seats, jp
        Map<CostCategory, BigDecimal> perCategory = new EnumMap<>(CostCategory.class);
        for (Part p : parts) {
            BigDecimal cost = p.amount(p.session().totalCost() == null ? BigDecimal.ZERO : p.session().totalCost());
            total = total.add(cost);
            seats += p.seats();
            jp += p.jp();
            BigDecimal[] row = perProgram.computeIfAbsent(p.session().programCode(),
                    k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO});
            row[0] = row[0].add(cost);
            row[1] = row[1].add(BigDecimal.ONE);
            row[2] = row[2].add(BigDecimal.valueOf(p.seats()));
            row[3] = row[3].add(BigDecimal.valueOf(p.jp()));
            Map<CostCategory, BigDecimal> lines = new EnumMap<>(CostCategory.class);
            for (CostLine l : p.session().costs()) {
                lines.merge(l.category(), l.amount(), BigDecimal::add);
            }
            lines.forEach((c, a) -> perCategory.merge(c, p.amount(a), BigDecimal::add));
        }

        doc.section(tx.t("report.budget.summary"));
        doc.add(new ReportDocument.Facts(List.of(
                new ReportDocument.Fact(tx.t("report.pe.sessions"), Cells.integer(parts.size())),
                new ReportDocument.Fact(tx.t("report.pe.seats"), Cells.integer(seats)),
                new ReportDocument.Fact(tx.t("report.budget.realised"), Cells.money(total)),
                new ReportDocument.Fact(tx.t("report.pe.costPerParticipant"), Cells.money(Cells.per(total, seats))),
                new ReportDocument.Fact(tx.t("report.pe.costPerJp"), Cells.money(Cells.per(total, jp))))));
        doc.paragraph(tx.t("report.budget.noPlan"));

        doc.section(tx.t("report.budget.perProgram"));
        List<List<Cell>> rows = doc.table(null, col(tx.t("report.col.program"), Kind.TEXT),
                col(tx.t("report.col.sessions"), Kind.INTEGER), col(tx.t("report.col.seats"), Kind.INTEGER),
                col(tx.t("report.col.jpCredited"), Kind.INTEGER), col(tx.t("report.col.cost"), Kind.MONEY),
                col(tx.t("report.col.perParticipant"), Kind.MONEY), col(tx.t("report.col.perJp"), Kind.MONEY));
        perProgram.forEach((code, r) -> rows.add(List.of(Cell.text(code), Cells.integer(r[1].longValue()),
                Cells.integer(r[2].longValue()), Cells.integer(r[3].longValue()), Cell.money(r[0]),
                Cells.money(Cells.per(r[0], r[2].longValue())), Cells.money(Cells.per(r[0], r[3].longValue())))));

        doc.section(tx.t("report.budget.perSession"));
        List<List<Cell>> sessionRows = doc.table(null, col(tx.t("report.col.date"), Kind.DATE),
                col(tx.t("report.col.program"), Kind.TEXT), col(tx.t("report.col.venue"), Kind.TEXT),
                col(tx.t("report.col.seats"), Kind.INTEGER), col(tx.t("report.col.share"), Kind.PERCENT),
                col(tx.t("report.col.cost"), Kind.MONEY));
        for (Part p : parts) {
            sessionRows.add(List.of(Cell.date(p.session().start().toLocalDate()), Cell.text(p.session().programCode()),
                    Cells.text(p.session().venue()), Cells.integer(p.seats()), Cell.percent(p.share()),
                    Cell.money(p.amount(p.session().totalCost() == null ? BigDecimal.ZERO : p.session().totalCost()))));
        }

        doc.section(tx.t("report.budget.perCategory"));
        List<List<Cell>> catRows = doc.table(null, col(tx.t("report.col.category"), Kind.TEXT),
                col(tx.t("report.col.cost"), Kind.MONEY));
        for (CostCategory c : CostCategory.values()) {
            catRows.add(List.of(Cell.text(tx.t("report.costCategory." + c.name())),
                    Cell.money(perCategory.getOrDefault(c, BigDecimal.ZERO))));
        }
        String stem = tx.t("report.budget.file") + "-" + year + (program == null ? "" : "-" + program)
                + (unit == null ? "" : "-" + unit);
        return doc.build(stem, tx.t("report.budget.heading", String.valueOf(year)));
    }

    private List<TrainingSession> sessions(String program, int year) {
        List<TrainingSession> out = new ArrayList<>();
        for (int offset = 0;; offset += PAGE) {
            Page<TrainingSession> page = catalog.sessions(new SessionQuery(program, LocalDate.of(year, 1, 1),
                    LocalDate.of(year, 12, 31), offset, PAGE));
            out.addAll(page.items());
            if (page.items().size() < PAGE || offset + PAGE >= page.total()) {
                return out;
            }
        }
    }

    /** Each session with its seats and JP in scope; without a unit, all of them at share 1. */
    private List<Part> parts(List<TrainingSession> sessions, Set<String> members) {
        List<Long> ids = sessions.stream().map(TrainingSession::id).toList();
        Map<Long, List<Enrollment>> enrollments = catalog.enrollments(ids);
        Map<Long, List<AttendanceSummary>> attendance = catalog.attendance(ids);
        List<Part> out = new ArrayList<>();
        for (TrainingSession s : sessions) {
            Set<String> all = new HashSet<>();
            enrollments.getOrDefault(s.id(), List.of()).stream().filter(e -> e.status().takesSeat())
                    .forEach(e -> all.add(e.nip()));
            Set<String> counted = new HashSet<>(all);
            if (members != null) {
                counted.retainAll(members);
                if (counted.isEmpty()) {
                    continue;
                }
            }
            long jp = attendance.getOrDefault(s.id(), List.of()).stream().filter(a -> counted.contains(a.nip()))
                    .mapToLong(AttendanceSummary::jpCredited).sum();
            out.add(new Part(s, counted.size(), all.size(), jp));
        }
        return out;
    }
}
