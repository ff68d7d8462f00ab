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
import id.pembina.evaluation.data.api.UnitYearIndex;
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
        for (UnitYearIndex y : evaluation.unitTrend(unit, years.get(0), years.get(years.size() - 1))) {
            Row row = table.addRow();
            row.addContent(y.year(), y.n());
            for (Category c : Category.values()) {
                row.addContent(y.categories().getOrDefault(c, 0));
            }
            row.addContent(y.jpComplianceRate() == null ? "-"
                    : String.format(Locale.ROOT, "%.0f%%", y.jpComplianceRate() * 100), y.ruleSet());
        }
        return table;
    }

    @Override
    String notFound() {
        return messages.bilingual("evaluation.console.unitNotFound", unit);
    }
}
