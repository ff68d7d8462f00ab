package id.pembina.registry.shell.internal;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.ConflictException;
import id.pembina.participant.api.Education;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.ValidationException;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.NipCompleter;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

@Service
@Command(scope = "pembina", name = "participant-add", description = "Daftarkan peserta / Register a participant")
public class ParticipantAddCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "nip", required = true, description = "NIP 18 digit / 18-digit NIP")
    String nip;

    @Argument(index = 1, name = "name", required = true, description = "Nama lengkap / Full name")
    String name;

    @Option(name = "-u", aliases = "--unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "-t", aliases = "--title", required = true, description = "Nama jabatan / Position title")
    String title;

    @Option(name = "-p", aliases = "--position-type", required = true,
            description = "JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA")
    String positionType;

    @Option(name = "-r", aliases = "--rank", required = true, description = "Golongan/ruang, mis. III/a / Rank, e.g. III/a")
    String rank;

    @Option(name = "-e", aliases = "--education", required = true, description = "SD, SMP, SMA, D1-D4, S1-S3")
    String education;

    @Option(name = "-s", aliases = "--supervisor", description = "NIP atasan langsung / Direct supervisor's NIP")
    @Completion(NipCompleter.class)
    String supervisor;

    @Override
    public Object execute() {
        PositionType type;
        Rank r;
        Education edu;
        try {
            type = PositionType.valueOf(positionType.toUpperCase(Locale.ROOT));
            r = Rank.fromCode(rank);
            edu = Education.valueOf(education.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            System.err.println(messages.bilingual("registry.console.invalidValue", e.getMessage()));
            return null;
        }
        try {
            Participant p = registry.create(new Participant(nip, name, null, null, unit, title, type, r, edu, supervisor, null));
            System.out.println(messages.bilingual("registry.console.registered", p.nip(), p.name()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (ConflictException e) {
            System.err.println(messages.bilingual("registry.console.nipTaken", nip));
        }
        return null;
    }
}
