package id.pembina.reporting.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import id.pembina.participant.api.Nip;
import id.pembina.reporting.api.Cell;
import id.pembina.reporting.api.ReportDocument;
import id.pembina.reporting.api.ReportDocument.Block;
import id.pembina.reporting.api.ReportDocument.Chart;
import id.pembina.reporting.api.ReportDocument.Fact;
import id.pembina.reporting.api.ReportDocument.Facts;
import id.pembina.reporting.api.ReportDocument.Paragraph;
import id.pembina.reporting.api.ReportDocument.Section;
import id.pembina.reporting.api.ReportDocument.Table;

/**
 * A report as roles below operator get it (issue 9): every NIP in any text of the document (file name,
 * facts, cells, captions, chart categories) masked as {@link Nip#mask} does. Reports hold no birth dates;
 * were a report type to add one as a date cell next to a NIP, the NIP would still be hidden.
 */
final class Masking {

    /** 18 digits not part of a longer number. */
    private static final Pattern NIP = Pattern.compile("(?<![0-9])[0-9]{18}(?![0-9])");

    private Masking() {
    }

    static ReportDocument mask(ReportDocument d) {
        return new ReportDocument(text(d.fileStem()), text(d.title()), facts(d.basis()),
                d.sections().stream().map(s -> new Section(text(s.heading()),
                        s.blocks().stream().map(Masking::block).toList())).toList());
    }

    static String text(String s) {
        if (s == null) {
            return null;
        }
        Matcher m = NIP.matcher(s);
        return m.find() ? m.replaceAll(r -> Nip.mask(r.group())) : s;
    }

    private static Block block(Block b) {
        if (b instanceof Paragraph p) {
            return new Paragraph(text(p.text()));
        }
        if (b instanceof Facts f) {
            return new Facts(facts(f.facts()));
        }
        if (b instanceof Table t) {
            return new Table(text(t.caption()), t.columns(),
                    t.rows().stream().map(row -> row.stream().map(Masking::cell).toList()).toList());
        }
        Chart c = (Chart) b;
        return new Chart(text(c.title()), c.kind(), c.categories().stream().map(Masking::text).toList(), c.series(),
                c.valueLabel());
    }

    private static List<Fact> facts(List<Fact> facts) {
        return facts.stream().map(f -> new Fact(text(f.label()), cell(f.value()))).toList();
    }

    private static Cell cell(Cell c) {
        return c != null && c.kind() == Cell.Kind.TEXT && c.value() != null ? Cell.text(text((String) c.value())) : c;
    }
}
