package id.pembina.catalog.shell.internal;

import java.util.List;
import java.util.Map;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;

/** The enrollments of a session (as {@code GET /sessions/{id}/enrollments}), with the participants' names. */
@Service
@Command(scope = "pembina", name = "enrollment-list", description = "Pendaftaran satu sesi / A session's enrollments")
public class EnrollmentListCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Override
    public Object execute() {
        if (catalog.session(session).isEmpty()) {
            System.err.println(messages.bilingual("catalog.console.sessionNotFound", session));
            return null;
        }
        List<Enrollment> enrollments = catalog.enrollments(session);
        Map<String, Participant> names = registry.findAll(enrollments.stream().map(Enrollment::nip).toList());
        ShellTable table = new ShellTable();
        table.column("NIP");
        table.column("Nama / Name");
        table.column("Status");
        table.column("Antrean / Waitlist");
        table.column("Alasan / Reason");
        table.column("Catatan / Note");
        for (Enrollment e : enrollments) {
            Participant p = names.get(e.nip());
            table.addRow().addContent(e.nip(), p == null ? "-" : p.name(), e.status(),
                    e.waitlistPosition() == null ? "" : e.waitlistPosition(),
                    e.absenceReason() == null ? "" : e.absenceReason(), e.note() == null ? "" : e.note());
        }
        table.print(System.out);
        System.out.println(messages.bilingual("catalog.console.enrollments", enrollments.size(), session));
        return null;
    }
}
