package id.pembina.audit.shell.internal;

import java.io.PrintStream;
import java.time.format.DateTimeFormatter;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.audit.api.AuditFilters;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.CallerContext;

@Service
@Command(scope = "pembina", name = "audit",
        description = "Jejak audit, terbaru dahulu (khusus admin) / Audit trail, newest first (admin only)")
public class AuditCommand implements Action {

    private static final DateTimeFormatter WIB_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(AuditFilters.WIB);

    @Reference
    AuditTrail audit;

    @Reference
    Messages messages;

    @Option(name = "-u", aliases = "--user", description = "Nama akun / Account name")
    String user;

    @Option(name = "-a", aliases = "--action", description = "Aksi, mis. UPDATE, EXPORT, LOGIN_FAILED / Action, e.g. UPDATE, EXPORT, LOGIN_FAILED")
    String action;

    @Option(name = "-e", aliases = "--entity", description = "Jenis data, mis. participant, session, user / Kind, e.g. participant, session, user")
    String entity;

    @Option(name = "-i", aliases = "--entity-id", description = "Kunci data, mis. NIP / Its key, e.g. a NIP")
    String entityId;

    @Option(name = "--from", description = "Sejak (YYYY-MM-DD atau YYYY-MM-DDTHH:MM, WIB) / From (inclusive, WIB)")
    String from;

    @Option(name = "--to", description = "Sampai (tanggal: termasuk hari itu) / Until (a date includes that day)")
    String to;

    @Option(name = "--offset", description = "Lewati baris / Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Baris paling banyak / Rows at most")
    int limit = AuditFilters.DEFAULT_LIMIT;

    @Override
    public Object execute() {
        Page<AuditEntry> page;
        try {
            AuditQuery query = new AuditQuery(user, action, entity, entityId, AuditFilters.from("from", from),
                    AuditFilters.to("to", to));
            page = CallerContext.current().isPresent() ? audit.find(query, offset, limit)
                    : CallerContext.callAs(ConsoleCaller.current(), () -> audit.find(query, offset, limit));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
            return null;
        } catch (AccessDeniedException e) {
            System.err.println(messages.bilingual(e.code(), e.args()));
            return null;
        }
        print(page, System.out);
        return null;
    }

    void print(Page<AuditEntry> page, PrintStream out) {
        ShellTable table = new ShellTable();
        table.column("Waktu (WIB) / Time");
        table.column("Pengguna / User");
        table.column("Dari / From");
        table.column("Aksi / Action");
        table.column("Data / Entity");
        table.column("Kunci / Key");
        table.column("Keterangan / Detail").maxSize(60);
        for (AuditEntry e : page.items()) {
            table.addRow().addContent(WIB_TIME.format(e.at()), e.user(), orDash(e.address()), e.action(), e.entity(),
                    orDash(e.entityId()), orDash(e.detail()));
        }
        table.print(out);
        out.println(messages.bilingual("audit.console.page",
                page.items().isEmpty() ? 0 : page.offset() + 1, page.offset() + page.items().size(), page.total()));
    }

    private static String orDash(String s) {
        return s == null ? "-" : s;
    }
}
