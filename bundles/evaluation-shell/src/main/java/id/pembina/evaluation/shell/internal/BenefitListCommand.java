package id.pembina.evaluation.shell.internal;

import java.math.BigDecimal;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.Messages;

/** The monetised benefits of a session (as {@code GET /sessions/{id}/benefits}). */
@Service
@Command(scope = "pembina", name = "benefit-list", description = "Manfaat sesi (ROI) / A session's benefits (ROI)")
public class BenefitListCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Override
    public Object execute() {
        if (catalog.session(session).isEmpty()) {
            System.err.println(messages.bilingual("evaluation.console.sessionNotFound", session));
            return null;
        }
        List<Benefit> benefits = evaluation.benefits(session);
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Uraian / Description");
        table.column("Rupiah");
        table.column("Dicatat / Recorded");
        for (Benefit b : benefits) {
            table.addRow().addContent(b.id(), b.description(), b.amount().toPlainString(), b.recordedAt());
        }
        table.print(System.out);
        System.out.println(messages.bilingual("evaluation.console.benefits", benefits.size(),
                benefits.stream().map(Benefit::amount).reduce(BigDecimal.ZERO, BigDecimal::add).toPlainString()));
        return null;
    }
}
