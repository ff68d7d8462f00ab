package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.evaluation.api.LearningResult;
import id.pembina.evaluation.api.ReactionResult;
import id.pembina.evaluation.api.RoiResult;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.LevelResults;
import id.pembina.evaluation.data.api.UnitEvaluationSummary;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.UnitCodeCompleter;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;

@Service
@Command(scope = "pembina", name = "evaluate",
        description = "Evaluasi sesi, program atau unit / Evaluate a session, a programme or a unit")
public class EvaluateCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", description = "ID sesi / Session id")
    Long session;

    @Option(name = "-p", aliases = "--program", description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Option(name = "--from", description = "Mulai (YYYY-MM-DD) / From")
    String from;

    @Option(name = "--to", description = "Sampai (YYYY-MM-DD) / To")
    String to;

    @Option(name = "-u", aliases = "--unit", description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year")
    Integer year;

    @Option(name = "--fully-loaded", description = "ROI program dengan waktu peserta meninggalkan tugas / Programme ROI with participants' time away")
    boolean fullyLoaded;

    @Override
    public Object execute() {
        try {
            if (session != null) {
                var e = evaluation.evaluateSession(session);
                System.out.println(messages.bilingual("evaluation.console.session", e.sessionId(), e.programCode(), e.seats()));
                levels(e.levels());
            } else if (program != null) {
                LocalDate f = from == null ? null : LocalDate.parse(from);
                LocalDate t = to == null ? null : LocalDate.parse(to);
                var e = fullyLoaded ? evaluation.evaluateProgram(program, f, t, true)
                        : evaluation.evaluateProgram(program, f, t);
                System.out.println(messages.bilingual("evaluation.console.program", e.programCode(), e.sessionIds().size()));
                levels(e.levels());
            } else if (unit != null) {
                var u = evaluation.evaluateUnitSummary(unit, year != null ? year : LocalDate.now(Nip.WIB).getYear());
                unit(u);
                levels(u.levels());
            } else {
                System.err.println(messages.bilingual("evaluation.console.what"));
            }
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.notFound", e.key()));
        } catch (java.time.format.DateTimeParseException e) {
            System.err.println(messages.bilingual("evaluation.console.invalidDate", e.getParsedString()));
        } catch (id.pembina.security.api.AccessDeniedException e) {
            System.err.println(messages.bilingual(e.code(), e.args()));
        }
        return null;
    }

    private static void levels(LevelResults l) {
        lines(l).forEach(System.out::println);
    }

    /** The levels as printed: one line a level, then self-assessment beside the supervisors and time away. */
    static java.util.List<String> lines(LevelResults l) {
        java.util.List<String> out = new java.util.ArrayList<>();
        java.util.function.BiConsumer<String, String> line = (label, value) ->
                out.add(String.format("%-28s %s", label, value));
        ReactionResult r = l.reaction();
        line.accept("L1 Reaksi / Reaction", r == null ? "-" : "n=" + r.overall().n() + ", rata-rata/mean " + num(r.overall().mean())
                + ", favorable " + pct(r.overall().favourableShare()) + ", perbaikan/improve "
                + r.improvementPoints().size());
        LearningResult g = l.learning();
        line.accept("L2 Pembelajaran / Learning", g == null ? "-" : "n=" + g.n() + ", pre " + num(g.meanPrePercent()) + "%, post "
                + num(g.meanPostPercent()) + "%, <g> " + num(g.classGain().value()) + " " + g.classGain().band()
                + ", " + LearningText.tTest(g.tTest()));
        var b = l.behaviour();
        line.accept("L3 Perilaku / Behaviour", b == null ? "-" : "penilaian menerapkan/ratings applying "
                + pct(b.shareApplying()) + ", peserta rata-rata/participants mean >= 3 "
                + pct(b.participantShareMeanApplying()) + ", semua indikator/all indicators >= 3 "
                + pct(b.participantShareAllApplying()) + ", respons atasan/supervisor response "
                + pct(b.responseRate()));
        var res = l.results();
        line.accept("L4 Hasil / Results", res == null ? "-" : res.changes().size() + " perubahan/changes, "
                + res.estimates().size() + " DiD");
        RoiResult roi = l.roi();
        line.accept("L5 ROI", roi == null ? "-" : "biaya/costs Rp" + plain(roi.totalCosts()) + ", manfaat/benefits Rp"
                + plain(roi.benefits()) + ", ROI " + plain(roi.roiPercent()) + "%, BCR " + plain(roi.benefitCostRatio())
                + (l.fullyLoaded() ? " (fully loaded)" : ""));
        var t = l.timeAway();
        if (t != null) {
            line.accept("Waktu tugas / Time away", t.seats() + " kursi/seats, " + plain(t.hours()) + " jam/hours, Rp"
                    + plain(t.amount()) + (l.fullyLoaded() ? " (dalam/in ROI)" : " (di luar/outside ROI)"));
        }
        var self = l.selfAssessment();
        if (self != null && b != null && self.afterRatings() > 0) {
            line.accept("L3 Penilaian diri / Self", "penilaian menerapkan/ratings applying " + pct(self.shareApplying())
                    + " (atasan/supervisor " + pct(b.shareApplying()) + "), respons/response " + pct(self.responseRate()));
            java.util.Map<String, Double> selfAfter = new java.util.LinkedHashMap<>();
            self.indicators().forEach(i -> selfAfter.put(i.indicator().code(), i.meanAfter()));
            for (var i : b.indicators()) {
                out.add(String.format("  %-26s atasan/supervisor %s  diri/self %s", i.indicator().code(),
                        num(i.meanAfter()), num(selfAfter.get(i.indicator().code()))));
            }
        }
        return out;
    }

    private static void unit(UnitEvaluationSummary u) {
        line("Unit", u.unitCode() + " " + u.year() + " (" + u.unitCodes().size() + " unit)");
        line("Aturan / Rule set", u.ruleSet());
        line("IP ASN", "n=" + u.indexed() + " " + new java.util.TreeMap<>(u.categories()));
        line("20 JP", "n=" + u.jp().n() + ", patuh/compliant " + u.jp().compliant() + " (" + pct(u.jp().rate()) + ")"
                + ", di bawah/below " + u.jp().belowMinimum());
        line("Pimpinan / Leaders", "terlibat/involved " + u.leadership().involved().units() + " unit, selisih "
                + "transfer/difference " + num(u.leadership().difference()) + " (bersama staf atau sebagai fasilitator, "
                + "mentor, coach / with own staff or as facilitator, mentor, coach)");
    }

    private static void line(String label, String value) {
        System.out.printf("%-28s %s%n", label, value);
    }

    private static String num(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.2f", d);
    }

    private static String pct(Double d) {
        return d == null ? "-" : String.format(Locale.ROOT, "%.0f%%", d * 100);
    }

    private static String plain(java.math.BigDecimal d) {
        return d == null ? "-" : d.toPlainString();
    }
}
