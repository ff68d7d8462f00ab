package id.pembina.registry.shell.internal;

import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.NipCompleter;

@Service
@Command(scope = "pembina", name = "participant-show", description = "Rincian satu peserta / Show one participant")
public class ParticipantShowCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Override
    public Object execute() {
        Optional<Participant> found = registry.find(nip);
        if (found.isEmpty()) {
            System.err.println(messages.bilingual("registry.console.participantNotFound", nip));
            return null;
        }
        Participant p = found.get();
        line("NIP", p.nip());
        line("Nama / Name", p.name());
        line("Jenis kelamin / Gender", p.gender().name());
        line("Tanggal lahir / Birth date", p.birthDate().toString());
        line("Unit", p.unitCode());
        line("Jabatan / Position", p.positionTitle() + " (" + p.positionType() + ")");
        line("Golongan / Rank", p.rank().code() + " " + p.rank().title());
        line("Pendidikan / Education", p.education().name());
        line("Atasan / Supervisor", p.supervisorNip() == null ? "-" : p.supervisorNip());
        line("Aktif / Active", p.isActive() ? "ya / yes" : "tidak / no");
        System.out.println("Riwayat / History:");
        for (ParticipantChange c : registry.history(p.nip())) {
            System.out.println("  " + c.at() + "  " + c.kind());
        }
        return null;
    }

    private static void line(String label, String value) {
        System.out.printf("%-28s %s%n", label, value);
    }
}
