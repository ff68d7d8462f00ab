package id.pembina.evaluation.shell.internal;

import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.Row;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/**
 * A unit's IP ASN distribution and 20 JP compliance year by year, each year with the rule set valid in it
 * (as {@code GET /evaluations/units/{code}/trend}).
 */
@Service
@Command(scope = "pembina", name = "unit-trend",
        description = "Sebaran IP ASN dan kepatuhan 20 JP unit per tahun / A unit's IP ASN and 20 JP year by year")
public class UnitTrendCommand extends TrendCommand {

    @Argument(index = 0, name = "unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Override
    ShellTable table(List<Integer> years) {
        ShellTable table = new ShellTable();
        table.column("Tahun / Year");
        table.column("n");
        for (Category c : Category.values()) {
            table.column(c.label());
        }
        table.column("20 JP");
        table.column("Aturan / Rule set");
        for (int y : years) {
            UnitEvaluation u = evaluation.evaluateUnit(unit, y);
            Row row = table.addRow();
            row.addContent(y, u.index().n());
            for (Category c : Category.values()) {
                row.addContent(u.index().counts().getOrDefault(c, 0));
            }
            row.addContent(u.jp().rate() == null ? "-" : String.format(Locale.ROOT, "%.0f%%", u.jp().rate() * 100),
                    u.ruleSet());
        }
        return table;
    }

    @Override
    String notFound() {
        return messages.bilingual("evaluation.console.unitNotFound", unit);
    }
}
