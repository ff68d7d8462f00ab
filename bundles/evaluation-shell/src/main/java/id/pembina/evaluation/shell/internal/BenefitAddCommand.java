package id.pembina.evaluation.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/** A monetised benefit of a session, for the ROI (as {@code POST /sessions/{id}/benefits}). */
@Service
@Command(scope = "pembina", name = "benefit-add",
        description = "Catat manfaat sesi dalam rupiah (ROI) / Record a session's benefit in rupiah (ROI)")
public class BenefitAddCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Argument(index = 1, name = "amount", required = true, description = "Rupiah, mis. 1500000.50 / Rupiah, e.g. 1500000.50")
    String amount;

    @Argument(index = 2, name = "description", required = true, description = "Uraian manfaat / What the benefit is")
    String description;

    @Override
    public Object execute() {
        try {
            Benefit b = evaluation.recordBenefit(session, description, Amounts.parse("amount", amount));
            System.out.println(messages.bilingual("evaluation.console.benefitAdded", b.id(), b.sessionId(),
                    b.amount().toPlainString(), b.description()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.sessionNotFound", session));
        }
        return null;
    }
}
