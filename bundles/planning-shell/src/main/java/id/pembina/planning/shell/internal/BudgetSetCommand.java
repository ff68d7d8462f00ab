package id.pembina.planning.shell.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.planning.api.Budgets;

/** As {@code PUT /planning/budgets}: sets (replaces) a year's budget, per cost category. */
@Service
@Command(scope = "pembina", name = "budget-set",
        description = "Tetapkan anggaran setahun per kategori biaya / Set a year's budget per cost category")
public class BudgetSetCommand implements Action {

    @Reference
    Budgets budgets;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year (default: this year)")
    Integer year;

    @Option(name = "-u", aliases = "--unit", description = "Kode unit; tanpa: anggaran instansi / Unit code; none: the agency's")
    String unit;

    @Argument(index = 0, name = "lines", required = true, multiValued = true,
            description = "KATEGORI=jumlah, mis. HONORARIA=10000000 / CATEGORY=amount")
    List<String> lines;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            List<BudgetLine> parsed = new ArrayList<>();
            for (String l : lines) {
                int eq = l.indexOf('=');
                try {
                    parsed.add(new BudgetLine(l.substring(0, Math.max(0, eq)), new BigDecimal(l.substring(eq + 1))));
                } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                    System.err.println(messages.bilingual("planning.console.invalidValue", l));
                    return null;
                }
            }
            Budget b = budgets.set(new Budget(Console.year(year), unit, parsed));
            System.out.println(messages.bilingual("planning.console.budget", b.year(),
                    b.unitCode() == null ? "-" : b.unitCode(), Console.rupiah(b.total())));
            return null;
        });
    }
}
