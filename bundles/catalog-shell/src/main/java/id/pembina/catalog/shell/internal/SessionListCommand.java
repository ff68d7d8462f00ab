package id.pembina.catalog.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.Messages;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;

@Service
@Command(scope = "pembina", name = "session-list", description = "Sesi pelatihan / Training sessions")
public class SessionListCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Option(name = "-p", aliases = "--program", description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Option(name = "--limit", description = "Baris paling banyak / Rows at most")
    int limit = 50;

    @Override
    public Object execute() {
        Page<TrainingSession> page = catalog.sessions(new SessionQuery(program, null, null, 0, limit));
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Program");
        table.column("Mulai / Start");
        table.column("Selesai / End");
        table.column("Tempat / Venue");
        table.column("Kursi / Seats");
        table.column("Daftar tunggu / Waitlist");
        table.column("Biaya / Cost (Rp)");
        for (TrainingSession s : page.items()) {
            table.addRow().addContent(s.id(), s.programCode() + (Boolean.TRUE.equals(s.moduleInstalled()) ? "" : " (*)"),
                    s.start(), s.end(), s.venue() != null ? s.venue() : s.onlineLink(),
                    s.registered() + "/" + s.capacity(), s.waitlisted(), s.totalCost().toPlainString());
        }
        table.print(System.out);
        System.out.println(messages.bilingual("catalog.console.sessions", page.total()));
        return null;
    }
}
