package id.pembina.registry.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.ValidationException;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

@Service
@Command(scope = "pembina", name = "participant-list",
        description = "Daftar peserta ASN / List ASN participants")
public class ParticipantListCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Option(name = "-u", aliases = "--unit", description = "Unit dan semua unit di bawahnya / Unit and all units below it")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "-n", aliases = "--name", description = "Bagian nama / Part of the name")
    String name;

    @Option(name = "-r", aliases = "--rank", description = "Golongan/ruang, mis. III/a / Rank, e.g. III/a")
    String rank;

    @Option(name = "-a", aliases = "--all", description = "Termasuk yang nonaktif / Include inactive participants")
    boolean all;

    @Option(name = "--offset", description = "Lewati baris / Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Baris paling banyak / Rows at most")
    int limit = ParticipantQuery.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Rank r = null;
        if (rank != null) {
            try {
                r = Rank.fromCode(rank);
            } catch (IllegalArgumentException e) {
                System.err.println(messages.bilingual("registry.console.unknownRank", rank));
                return null;
            }
        }
        Page<Participant> page;
        try {
            page = registry.search(new ParticipantQuery(unit, name, r, all, offset, limit));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
            return null;
        } catch (id.pembina.platform.api.NotFoundException e) {
            System.err.println(messages.bilingual("registry.console.unknownUnit", unit));
            return null;
        }
        ShellTable table = new ShellTable();
        table.column("NIP");
        table.column("Nama / Name");
        table.column("Gol.");
        table.column("Jabatan / Position");
        table.column("Unit");
        table.column("Aktif / Active");
        for (Participant p : page.items()) {
            table.addRow().addContent(p.nip(), p.name(), p.rank().code(), p.positionTitle(), p.unitCode(),
                    p.isActive() ? "ya / yes" : "tidak / no");
        }
        table.print(System.out);
        System.out.println(messages.bilingual("registry.console.page",
                page.items().isEmpty() ? 0 : offset + 1, offset + page.items().size(), page.total()));
        return null;
    }
}
