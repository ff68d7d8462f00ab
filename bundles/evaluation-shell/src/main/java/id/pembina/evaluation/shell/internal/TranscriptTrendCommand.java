package id.pembina.evaluation.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.data.api.Transcript;
import id.pembina.registry.shell.completers.NipCompleter;

/**
 * A participant's IP ASN and JP year by year, each year with the rule set valid in it
 * (as {@code GET /participants/{nip}/transcript/trend}).
 */
@Service
@Command(scope = "pembina", name = "transcript-trend",
        description = "IP ASN dan JP peserta per tahun / A participant's IP ASN and JP year by year")
public class TranscriptTrendCommand extends TrendCommand {

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Override
    ShellTable table(List<Integer> years) {
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
        return table;
    }

    @Override
    String notFound() {
        return messages.bilingual("evaluation.console.participantNotFound", nip);
    }
}
