package id.pembina.reporting.internal;

import java.time.LocalDate;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.CellText;
import id.pembina.reporting.api.ReportRequest;

/** What every report states about the data it was made from. */
final class Basis {

    private Basis() {
    }

    /** The period of a report with optional bounds. */
    static void period(Doc doc, Texts tx, LocalDate from, LocalDate to) {
        String f = from == null ? null : CellText.of(Cell.date(from), tx.locale());
        String t = to == null ? null : CellText.of(Cell.date(to), tx.locale());
        String text = f == null && t == null ? tx.t("report.basis.allTime")
                : f == null ? tx.t("report.basis.until", t)
                : t == null ? tx.t("report.basis.since", f) : f + " – " + t;
        doc.basis(tx.t("report.basis.period"), Cell.text(text));
    }

    /** A calendar year as the period. */
    static void year(Doc doc, Texts tx, int year) {
        doc.basis(tx.t("report.basis.period"), Cell.text(tx.t("report.basis.year", String.valueOf(year))));
    }

    /** When it was made, under which rule set, in which language. */
    static void common(Doc doc, Texts tx, ReportRequest request, String ruleSet) {
        doc.basis(tx.t("report.basis.generatedAt"), Cell.timestamp(request.generatedAt()));
        doc.basis(tx.t("report.basis.ruleSet"), Cell.text(ruleSet));
        doc.basis(tx.t("report.basis.source"), Cell.text(tx.t("report.basis.sourceText")));
    }

    /** The year whose rule set applies: the period's end, else the year the report is made (WIB). */
    static int year(LocalDate to, ReportRequest request) {
        return to != null ? to.getYear() : request.generatedAt().atZone(CellText.WIB).getYear();
    }

    /** "2026" or "2025-2026" for the file name; the one bound given when the other is open. */
    static String yearSpan(LocalDate from, LocalDate to) {
        if (from == null) {
            return String.valueOf(to.getYear());
        }
        if (to == null || to.getYear() == from.getYear()) {
            return String.valueOf(from.getYear());
        }
        return from.getYear() + "-" + to.getYear();
    }
}
