package id.pembina.registry.shell.internal;

import java.util.Locale;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.NipCompleter;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/** As {@code PUT /participants/{nip}}: only the given options change, the rest is read from the current record. */
@Service
@Command(scope = "pembina", name = "participant-update", description = "Ubah data peserta / Change a participant's data")
public class ParticipantUpdateCommand implements Action {

    /** The supervisor option's value that removes the supervisor. */
    static final String NONE = "-";

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP peserta / The participant's NIP")
    @Completion(NipCompleter.class)
    String nip;

    @Option(name = "-n", aliases = "--name", description = "Nama lengkap / Full name")
    String name;

    @Option(name = "-u", aliases = "--unit", description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "-t", aliases = "--title", description = "Nama jabatan / Position title")
    String title;

    @Option(name = "-p", aliases = "--position-type", description = "JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA")
    String positionType;

    @Option(name = "-r", aliases = "--rank", description = "Golongan/ruang, mis. III/a / Rank, e.g. III/a")
    String rank;

    @Option(name = "-e", aliases = "--education", description = "SD, SMP, SMA, D1-D4, S1-S3")
    String education;

    @Option(name = "-s", aliases = "--supervisor",
            description = "NIP atasan langsung, - untuk tanpa atasan / Direct supervisor's NIP, - for none")
    @Completion(NipCompleter.class)
    String supervisor;

    @Override
    public Object execute() {
        Optional<Participant> current = registry.find(nip);
        if (current.isEmpty()) {
            System.err.println(messages.bilingual("registry.console.participantNotFound", nip));
            return null;
        }
        Participant changed;
        try {
            changed = changed(current.get());
        } catch (IllegalArgumentException e) {
            System.err.println(messages.bilingual("registry.console.invalidValue", e.getMessage()));
            return null;
        }
        try {
            Participant p = registry.update(nip, changed);
            System.out.println(messages.bilingual("registry.console.updated", p.nip(), p.name()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("registry.console.participantNotFound", nip));
        }
        return null;
    }

    /** @throws IllegalArgumentException for a position type, rank or education that does not exist */
    Participant changed(Participant p) {
        return new Participant(p.nip(), name != null ? name : p.name(), p.gender(), p.birthDate(),
                unit != null ? unit : p.unitCode(), title != null ? title : p.positionTitle(),
                positionType != null ? PositionType.valueOf(positionType.toUpperCase(Locale.ROOT)) : p.positionType(),
                rank != null ? Rank.fromCode(rank) : p.rank(),
                education != null ? Education.valueOf(education.toUpperCase(Locale.ROOT)) : p.education(),
                supervisor == null ? p.supervisorNip() : NONE.equals(supervisor) ? null : supervisor, p.active());
    }
}
