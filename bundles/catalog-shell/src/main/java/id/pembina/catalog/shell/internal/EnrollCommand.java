package id.pembina.catalog.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.NipCompleter;

@Service
@Command(scope = "pembina", name = "enroll", description = "Daftarkan peserta ke sesi / Enroll a participant in a session")
public class EnrollCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Argument(index = 1, name = "nip", required = true, description = "NIP peserta / Participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Option(name = "-s", aliases = "--status", description = "REGISTERED (bawaan/default), INVITED, CANCELLED, NO_SHOW, ...")
    String status = "REGISTERED";

    @Option(name = "-r", aliases = "--reason", description = "Alasan tidak hadir / Absence reason: WORKLOAD, LEAVE, SICKNESS, OTHER")
    String reason;

    @Override
    public Object execute() {
        EnrollmentStatus s;
        AbsenceReason r;
        try {
            s = EnrollmentStatus.valueOf(status.toUpperCase(Locale.ROOT));
            r = reason == null ? null : AbsenceReason.valueOf(reason.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println(messages.bilingual("catalog.console.unknownStatus"));
            return null;
        }
        try {
            Enrollment e = catalog.enroll(session, nip, s, r, null);
            String pos = e.waitlistPosition() == null ? "" : " #" + e.waitlistPosition();
            System.out.println(messages.bilingual("catalog.console.enrolled", e.nip(), e.status(), pos));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("catalog.console.sessionNotFound", session));
        }
        return null;
    }
}
