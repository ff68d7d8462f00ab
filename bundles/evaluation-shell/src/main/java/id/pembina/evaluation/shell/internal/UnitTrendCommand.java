package id.pembina.evaluation.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.api.Category;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/**
 * A unit's IP ASN distribution and 20 JP compliance year by year, each year with the rule set valid in it
 * (as {@code GET /evaluations/units/{code}/trend}).
 */
@Service
@Command(scope = "pembina", name = "unit-trend",
        description = "Sebaran IP ASN dan kepatuhan 20 JP unit per tahun / A unit's IP ASN and 20 JP year by year")
public class UnitTrendCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "--from", description = "Tahun awal, bawaan 4 tahun sebelum --to / First year, 4 before --to by default")
    String from;

    @Option(name = "--to", description = "Tahun akhir, bawaan tahun ini / Last year, this year by default")
    String to;

    @Override
    public Object execute() {
        try {
            List<Integer> years = Years.range(from, to);
            ShellTable table = new ShellTable();
            table.column("Tahun / Year");
            table.column("n");
            for (Category c : Category.values()) {
                table.column(c.name());
            }
            table.column("20 JP");
            table.column("Aturan / Rule set");
            for (int y : years) {
                UnitEvaluation u = evaluation.evaluateUnit(unit, y);
                var row = table.addRow();
                row.addContent(y, u.index().n());
                for (Category c : Category.values()) {
                    row.addContent(u.index().counts().getOrDefault(c, 0));
                }
                row.addContent(u.jp().rate() == null ? "-" : String.format(java.util.Locale.ROOT, "%.0f%%", u.jp().rate() * 100),
                        u.ruleSet());
            }
            table.print(System.out);
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.unitNotFound", unit));
        }
        return null;
    }
}
