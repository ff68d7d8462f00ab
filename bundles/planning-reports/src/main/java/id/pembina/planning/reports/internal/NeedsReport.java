package id.pembina.planning.reports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Column;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Section;
import id.pembina.reporting.api.ReportDocument.Table;
import id.pembina.reporting.api.ReportParameter;
import id.pembina.reporting.api.ReportRequest;
import id.pembina.reporting.api.ReportType;

/**
 * {@code planning-needs}: the needs analysis of a unit's subtree (gaps by size and by people, the programmes for
 * each, every ASN with JP and gaps) as a report, so that /reports serves it in every format (CSV, XLSX, PDF,
 * HTML). The reporting bundle checks the unit against the caller and masks NIPs below operator.
 */
@Component(immediate = true, service = ReportType.class)
public class NeedsReport implements ReportType {

    private final NeedsAnalysis needs;
    private final Messages messages;

    @Activate
    public NeedsReport(@Reference NeedsAnalysis needs, @Reference Messages messages) {
        this.needs = needs;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "planning-needs";
    }

    @Override
    public String title(Locale locale) {
        return messages.text(locale, "planning.report.title");
    }

    @Override
    public List<ReportParameter> parameters() {
        return List.of(new ReportParameter("unit", ReportParameter.Kind.UNIT, true, "report.param.unit"),
                new ReportParameter("year", ReportParameter.Kind.YEAR, true, "report.param.year"));
    }

    @Override
    public ReportDocument build(ReportRequest request) {
        Locale l = request.locale();
        String unit = request.parameter("unit").orElseThrow();
        int year = year(request.parameter("year").orElseThrow());
        UnitNeeds u = needs.unit(year, unit);
        List<Fact> basis = List.of(new Fact(t(l, "planning.report.unit"), Cell.text(u.unitCode())),
                new Fact(t(l, "planning.report.year"), Cell.integer(year)),
                new Fact(t(l, "planning.report.made"), Cell.timestamp(request.generatedAt())),
                new Fact(t(l, "planning.report.source"), Cell.text(t(l, "planning.report.sourceText"))));
        List<Section> sections = new ArrayList<>();
        sections.add(new Section(t(l, "planning.report.summary"), List.of(new ReportDocument.Facts(List.of(
                new Fact(t(l, "planning.report.people"), Cell.integer(u.people())),
                new Fact(t(l, "planning.report.withGaps"), Cell.integer(u.withGaps())),
                new Fact(t(l, "planning.report.belowJp"), Cell.integer(u.belowMinimumJp())),
                new Fact(t(l, "planning.report.shortfall"), Cell.integer(u.jpShortfall())))))));
        sections.add(new Section(t(l, "planning.report.bySize"), List.of(gaps(l, u.gapsBySize()))));
        sections.add(new Section(t(l, "planning.report.byPeople"), List.of(gaps(l, u.gapsByPeople()))));
        sections.add(new Section(t(l, "planning.report.programs"), List.of(programs(l, u.programs()))));
        sections.add(new Section(t(l, "planning.report.asn"), List.of(asn(l, u.participants()))));
        return new ReportDocument(t(l, "planning.report.stem") + "-" + u.unitCode() + "-" + year,
                t(l, "planning.report.title"), basis, sections);
    }

    private Table gaps(Locale l, List<SharedGap> gaps) {
        List<List<Cell>> rows = new ArrayList<>();
        for (SharedGap g : gaps) {
            rows.add(List.of(Cell.text(g.competency()), Cell.text(g.name()), Cell.integer(g.people()),
                    Cell.integer(g.totalSize()), Cell.integer(g.largest()), Cell.integer(g.trainedNotMastered()),
                    Cell.text(String.join(", ", g.programCodes()))));
        }
        return new Table(null, List.of(col(l, "planning.report.col.competency", Cell.Kind.TEXT),
                col(l, "planning.report.col.name", Cell.Kind.TEXT), col(l, "planning.report.col.people", Cell.Kind.INTEGER),
                col(l, "planning.report.col.size", Cell.Kind.INTEGER), col(l, "planning.report.col.largest", Cell.Kind.INTEGER),
                col(l, "planning.report.col.trained", Cell.Kind.INTEGER),
                col(l, "planning.report.col.programs", Cell.Kind.TEXT)), rows);
    }

    /** Past effectiveness of each programme addressing a gap; the share is empty when no result is recorded. */
    private Table programs(Locale l, List<ProgramEffect> programs) {
        List<List<Cell>> rows = new ArrayList<>();
        for (ProgramEffect p : programs) {
            rows.add(List.of(Cell.text(p.programCode()), Cell.integer(p.completions()), Cell.integer(p.withResult()),
                    Cell.integer(p.reachedGoal()), p.withResult() == 0 ? Cell.empty(Cell.Kind.PERCENT)
                            : Cell.percent(BigDecimal.valueOf(p.reachedGoal()).divide(BigDecimal.valueOf(p.withResult()),
                                    4, RoundingMode.HALF_UP))));
        }
        return new Table(null, List.of(col(l, "planning.report.col.programs", Cell.Kind.TEXT),
                col(l, "planning.report.col.completions", Cell.Kind.INTEGER),
                col(l, "planning.report.col.withResult", Cell.Kind.INTEGER),
                col(l, "planning.report.col.reachedGoal", Cell.Kind.INTEGER),
                col(l, "planning.report.col.share", Cell.Kind.PERCENT)), rows);
    }

    private Table asn(Locale l, List<AsnNeeds> people) {
        List<List<Cell>> rows = new ArrayList<>();
        for (AsnNeeds a : people) {
            // A gap trained for without mastering it is marked * (explained under the table).
            String gaps = a.needs().gaps().stream().map(g -> g.competency() + " " + g.reached() + "/" + g.required()
                    + (g.trainedNotMastered() == null ? "" : "*")).collect(Collectors.joining(", "));
            String covered = a.needs().covered().stream().map(c -> c.competency() + " (" + c.training().programCode()
                    + " " + c.training().year() + ")").collect(Collectors.joining(", "));
            rows.add(List.of(Cell.text(a.needs().nip()), Cell.text(a.name()), Cell.text(a.position()),
                    Cell.text(a.needs().unitCode()), Cell.integer(a.needs().jpThisYear()),
                    Cell.integer(a.needs().jpShortfall()), Cell.integer(a.jpLastYear()), Cell.text(a.performance()),
                    Cell.integer(a.needs().gapTotal()), Cell.text(gaps), Cell.text(covered)));
        }
        return new Table(t(l, "planning.report.trainedMark"), List.of(col(l, "planning.report.col.nip", Cell.Kind.TEXT),
                col(l, "planning.report.col.name", Cell.Kind.TEXT), col(l, "planning.report.col.position", Cell.Kind.TEXT),
                col(l, "planning.report.col.unit", Cell.Kind.TEXT), col(l, "planning.report.col.jp", Cell.Kind.INTEGER),
                col(l, "planning.report.col.shortfall", Cell.Kind.INTEGER),
                col(l, "planning.report.col.jpLastYear", Cell.Kind.INTEGER),
                col(l, "planning.report.col.performance", Cell.Kind.TEXT),
                col(l, "planning.report.col.gapTotal", Cell.Kind.INTEGER),
                col(l, "planning.report.col.gaps", Cell.Kind.TEXT), col(l, "planning.report.col.covered", Cell.Kind.TEXT)),
                rows);
    }

    private Column col(Locale l, String code, Cell.Kind kind) {
        return new Column(t(l, code), kind);
    }

    private String t(Locale l, String code) {
        return messages.text(l, code);
    }

    /** The reporting bundle has checked the YEAR parameter's shape already; this reads it. */
    static int year(String value) {
        try {
            return new BigDecimal(value.strip()).intValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw new ValidationException(FieldError.of("year", "field.invalid", value));
        }
    }
}
