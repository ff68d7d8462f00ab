package id.pembina.planning.shell.internal;

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

/** As {@code GET /planning/budgets}: the budgets of a year. */
@Service
@Command(scope = "pembina", name = "budget-list", description = "Anggaran setahun / Budgets of a year")
public class BudgetListCommand implements Action {

    @Reference
    Budgets budgets;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year (default: this year)")
    Integer year;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            for (Budget b : budgets.budgets(Console.year(year))) {
                System.out.println(messages.bilingual("planning.console.budget", b.year(),
                        b.unitCode() == null ? "-" : b.unitCode(), Console.rupiah(b.total())));
                for (BudgetLine l : b.lines()) {
                    System.out.println("  " + l.category() + "  " + Console.rupiah(l.amount()));
                }
            }
            return null;
        });
    }
}
