package id.pembina.catalog.shell.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/**
 * Records attendance (as {@code PUT /sessions/{id}/attendance}) or, without marks, shows each
 * participant's attendance and JP credit (as {@code GET}).
 */
@Service
@Command(scope = "pembina", name = "attendance",
        description = "Catat atau tampilkan kehadiran sesi / Record or show a session's attendance")
public class AttendanceCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Option(name = "-m", aliases = "--mark", multiValued = true,
            description = "NIP:PERTEMUAN:hadir|absen[:ALASAN] / NIP:MEETING:present|absent[:REASON], "
                    + "e.g. 198609262015051001:1:present, 198609262015051001:2:absent:WORKLOAD")
    List<String> marks;

    @Override
    public Object execute() {
        try {
            List<AttendanceSummary> summaries;
            if (marks == null || marks.isEmpty()) {
                summaries = catalog.attendance(session);
                if (summaries.isEmpty()) {
                    System.out.println(messages.bilingual("catalog.console.noAttendance", session));
                }
            } else {
                summaries = catalog.recordAttendance(session, parse(marks));
                System.out.println(messages.bilingual("catalog.console.attendanceRecorded", summaries.size()));
            }
            for (AttendanceSummary s : summaries) {
                System.out.println("  " + messages.bilingual("catalog.console.attendance", s.nip(), s.meetingsPresent(),
                        s.meetings(), s.minutesPresent(), s.minutesScheduled(), s.ratio().toPlainString(), s.jpCredited()));
            }
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("catalog.console.sessionNotFound", session));
        }
        return null;
    }

    /** @throws ValidationException naming every mark that cannot be read, by its position */
    static List<AttendanceMark> parse(List<String> marks) {
        List<AttendanceMark> out = new ArrayList<>();
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < marks.size(); i++) {
            String[] p = marks.get(i).split(":");
            String field = "mark[" + i + "]";
            try {
                if (p.length < 3 || p.length > 4) {
                    throw new IllegalArgumentException();
                }
                boolean present = switch (p[2].toLowerCase(Locale.ROOT)) {
                    case "present", "hadir", "true" -> true;
                    case "absent", "absen", "false" -> false;
                    default -> throw new IllegalArgumentException();
                };
                AbsenceReason reason = p.length == 4 ? AbsenceReason.valueOf(p[3].toUpperCase(Locale.ROOT)) : null;
                out.add(new AttendanceMark(p[0], Integer.parseInt(p[1]), present, reason, null));
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of(field, "catalog.console.badMark", marks.get(i)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return out;
    }
}
