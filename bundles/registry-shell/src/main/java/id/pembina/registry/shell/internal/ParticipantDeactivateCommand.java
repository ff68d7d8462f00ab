package id.pembina.registry.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.registry.shell.completers.NipCompleter;

/** As {@code DELETE /participants/{nip}}: the participant becomes inactive, the record and its history stay. */
@Service
@Command(scope = "pembina", name = "participant-deactivate",
        description = "Nonaktifkan peserta, data dan riwayat tetap ada / Deactivate a participant, record and history stay")
public class ParticipantDeactivateCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Override
    public Object execute() {
        // Looked up first, as the REST resource does: the registry may refuse a malformed NIP otherwise.
        if (registry.find(nip).isEmpty()) {
            System.err.println(messages.bilingual("registry.console.participantNotFound", nip));
            return null;
        }
        try {
            Participant p = registry.deactivate(nip);
            System.out.println(messages.bilingual("registry.console.deactivated", p.nip(), p.name()));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("registry.console.participantNotFound", nip));
        }
        return null;
    }
}
