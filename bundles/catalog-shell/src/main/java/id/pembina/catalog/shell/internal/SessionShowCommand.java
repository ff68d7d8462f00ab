package id.pembina.catalog.shell.internal;

import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.Messages;

/** One session with its meetings and cost lines (as {@code GET /sessions/{id}}). */
@Service
@Command(scope = "pembina", name = "session-show",
        description = "Rincian sesi dengan pertemuan dan biaya / A session with its meetings and costs")
public class SessionShowCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "session", required = true, description = "ID sesi / Session id")
    long session;

    @Override
    public Object execute() {
        catalog.session(session).ifPresentOrElse(s -> lines(s, messages).forEach(System.out::println),
                () -> System.err.println(messages.bilingual("catalog.console.sessionNotFound", session)));
        return null;
    }

    static List<String> lines(TrainingSession s, Messages messages) {
        List<String> out = new ArrayList<>();
        out.add(messages.bilingual("catalog.console.session", s.id(), s.programCode(), s.start(), s.end()));
        out.add("  " + messages.bilingual(Boolean.TRUE.equals(s.moduleInstalled())
                ? "catalog.console.sessionSeats" : "catalog.console.sessionSeatsModuleGone",
                s.registered(), s.capacity(), s.waitlisted(), s.scheduledJp()));
        if (s.venue() != null) {
            out.add("  " + messages.bilingual("catalog.console.sessionVenue", s.venue()));
        }
        if (s.onlineLink() != null) {
            out.add("  " + messages.bilingual("catalog.console.sessionLink", s.onlineLink()));
        }
        out.add("  " + messages.bilingual("catalog.console.sessionMode", s.deliveryMode()));
        for (String f : s.facilitators()) {
            out.add("  " + messages.bilingual("catalog.console.sessionFacilitator", f));
        }
        for (id.pembina.catalog.api.SessionRole r : s.roles()) {
            out.add("  " + messages.bilingual("catalog.console.sessionRole", r.role(), r.nip()));
        }
        for (Meeting m : s.meetings()) {
            out.add("  " + messages.bilingual("catalog.console.sessionMeeting", m.number(), m.start(), m.end()));
        }
        for (CostLine c : s.costs()) {
            out.add("  " + messages.bilingual("catalog.console.sessionCost", c.category(), c.description(),
                    c.amount().toPlainString()));
        }
        out.add("  " + messages.bilingual("catalog.console.sessionTotal", s.totalCost().toPlainString()));
        return out;
    }
}
