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

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.NipCompleter;

/**
 * A participant's IP ASN and JP year by year, each year with the rule set valid in it
 * (as {@code GET /participants/{nip}/transcript/trend}).
 */
@Service
@Command(scope = "pembina", name = "transcript-trend",
        description = "IP ASN dan JP peserta per tahun / A participant's IP ASN and JP year by year")
public class TranscriptTrendCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

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
            table.column("IP ASN");
            table.column("Kategori / Category");
            table.column("JP");
            table.column("Aturan / Rule set");
            for (int y : years) {
                Transcript t = evaluation.transcript(nip, y);
                table.addRow().addContent(y, t.index() == null ? "-" : t.index().total(),
                        t.index() == null ? "-" : t.index().category().label(), t.jpInYear().toPlainString(), t.ruleSet());
            }
            table.print(System.out);
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.participantNotFound", nip));
        }
        return null;
    }
}
