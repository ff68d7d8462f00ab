package id.pembina.evaluation.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/**
 * A table with a row per year from {@code --from} to {@code --to}, the years read as the trend resources read
 * them. Karaf injects the options and references of this superclass into each command.
 */
abstract class TrendCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Option(name = "--from", description = "Tahun awal, bawaan 4 tahun sebelum --to / First year, 4 before --to by default")
    String from;

    @Option(name = "--to", description = "Tahun akhir, bawaan tahun ini / Last year, this year by default")
    String to;

    @Override
    public Object execute() {
        try {
            table(Years.range(from, to)).print(System.out);
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(notFound());
        }
        return null;
    }

    /** @throws NotFoundException for an unknown participant or unit */
    abstract ShellTable table(List<Integer> years);

    /** @return the refusal printed for an unknown participant or unit */
    abstract String notFound();
}
