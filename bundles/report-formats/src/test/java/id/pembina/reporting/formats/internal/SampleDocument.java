package id.pembina.reporting.formats.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.ChartKind;
import id.pembina.reporting.api.ReportDocument.Column;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Facts;
import id.pembina.reporting.api.ReportDocument.Paragraph;
import id.pembina.reporting.api.ReportDocument.Section;
import id.pembina.reporting.api.ReportDocument.Series;
import id.pembina.reporting.api.ReportDocument.Table;

/** A document with every kind of block and cell, text that must be escaped and a would-be formula. */
final class SampleDocument {

    static final Instant MADE = Instant.parse("2026-03-03T02:30:00Z"); // 09:30 WIB

    private SampleDocument() {
    }

    static ReportDocument of() {
        Table table = new Table("Sesi", List.of(new Column("Tanggal", Cell.Kind.DATE), new Column("Tempat", Cell.Kind.TEXT),
                new Column("Peserta", Cell.Kind.INTEGER), new Column("Biaya", Cell.Kind.MONEY),
                new Column("Kehadiran", Cell.Kind.PERCENT), new Column("Rata-rata", Cell.Kind.DECIMAL)),
                List.of(List.of(Cell.date(LocalDate.of(2026, 3, 3)), Cell.text("Aula <Kantor> Camat & Lurah"),
                        Cell.integer(1234), Cell.money(new BigDecimal("1250000")), Cell.percent(new BigDecimal("0.875")),
                        Cell.decimal(new BigDecimal("1234.5"))),
                        List.of(Cell.empty(Cell.Kind.DATE), Cell.text("=SUM(A1:A9)"), Cell.integer(-5),
                                Cell.empty(Cell.Kind.MONEY), Cell.empty(Cell.Kind.PERCENT), Cell.empty(Cell.Kind.DECIMAL))));
        Chart chart = new Chart("Rata-rata per butir", ChartKind.BAR, List.of("r1", "r2"),
                List.of(new Series("Rata-rata", Arrays.asList(4.5, null))), "Skor (1-5)");
        Chart line = new Chart("Tren", ChartKind.LINE, List.of("2025", "2026"),
                List.of(new Series("JP", List.of(12.0, 20.0))), "JP");
        return new ReportDocument("evaluasi-KOM-PELAYANAN-2026", "Evaluasi program KOM-PELAYANAN: Pelayanan Prima",
                List.of(new Fact("Periode", Cell.text("1 Januari 2026 – 31 Desember 2026")),
                        new Fact("Dibuat pada", Cell.timestamp(MADE))),
                List.of(new Section("Ringkasan", List.of(new Paragraph("Kegiatan berjalan lancar; peserta puas."),
                        new Facts(List.of(new Fact("Biaya total", Cell.money(new BigDecimal("1250000"))))), table, chart, line)),
                        new Section("Rekomendasi", List.of(new Paragraph("+Libatkan pimpinan.")))));
    }
}
