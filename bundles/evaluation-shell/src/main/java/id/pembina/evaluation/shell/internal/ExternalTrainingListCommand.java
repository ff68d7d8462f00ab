package id.pembina.evaluation.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.NipCompleter;

/** A participant's trainings held outside Pembina (as {@code GET /participants/{nip}/external-trainings}). */
@Service
@Command(scope = "pembina", name = "external-training-list",
        description = "Pelatihan peserta di luar Pembina / A participant's trainings outside Pembina")
public class ExternalTrainingListCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Override
    public Object execute() {
        if (registry.find(nip).isEmpty()) {
            System.err.println(messages.bilingual("evaluation.console.participantNotFound", nip));
            return null;
        }
        List<ExternalTraining> trainings = evaluation.externalTrainings(nip);
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Tanggal / Date");
        table.column("Judul / Title");
        table.column("Jenis / Type");
        table.column("JP");
        table.column("Sertifikat / Certificate");
        for (ExternalTraining t : trainings) {
            table.addRow().addContent(t.id(), t.date(), t.title(), t.type(), t.jp().toPlainString(),
                    t.certificateNumber() == null ? "" : t.certificateNumber());
        }
        table.print(System.out);
        System.out.println(messages.bilingual("evaluation.console.externals", trainings.size()));
        return null;
    }
}
