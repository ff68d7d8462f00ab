package id.pembina.catalog.shell.internal;

import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.ValidationException;
import id.pembina.platform.api.Messages;
import id.pembina.catalog.shell.completers.ProgramCodeCompleter;

@Service
@Command(scope = "pembina", name = "session-add", description = "Jadwalkan sesi pelatihan / Schedule a training session")
public class SessionAddCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Argument(index = 1, name = "start", required = true, description = "Mulai (WIB), mis. 2026-03-02T08:00 / Start (WIB)")
    String start;

    @Argument(index = 2, name = "end", required = true, description = "Selesai (WIB), mis. 2026-03-02T16:00 / End (WIB)")
    String end;

    @Option(name = "-v", aliases = "--venue", description = "Tempat / Venue")
    String venue;

    @Option(name = "-l", aliases = "--link", description = "Tautan daring / Online link")
    String link;

    @Option(name = "-c", aliases = "--capacity", required = true, description = "Kapasitas / Capacity")
    int capacity;

    @Option(name = "-f", aliases = "--facilitator", multiValued = true, description = "Fasilitator / Facilitator")
    List<String> facilitators;

    @Option(name = "-m", aliases = "--mode", description = "Cara penyampaian CLASSROOM|BLENDED|E_LEARNING (bawaan CLASSROOM) / Delivery mode (default CLASSROOM)")
    String mode;

    @Option(name = "-r", aliases = "--role", multiValued = true, description = "Peran NIP:FACILITATOR|MENTOR|COACH / Role NIP:part")
    List<String> roles;

    @Override
    public Object execute() {
        LocalDateTime from;
        LocalDateTime to;
        try {
            from = LocalDateTime.parse(start);
            to = LocalDateTime.parse(end);
        } catch (DateTimeParseException e) {
            System.err.println(messages.bilingual("catalog.console.invalidTime", e.getParsedString()));
            return null;
        }
        DeliveryMode deliveryMode;
        List<SessionRole> sessionRoles = new java.util.ArrayList<>();
        try {
            deliveryMode = mode == null ? null : DeliveryMode.valueOf(mode.strip().toUpperCase(java.util.Locale.ROOT));
            for (String r : roles == null ? List.<String>of() : roles) {
                int colon = r.indexOf(':');
                sessionRoles.add(new SessionRole(colon < 0 ? r : r.substring(0, colon), colon < 0 ? null
                        : SessionRole.Kind.valueOf(r.substring(colon + 1).strip().toUpperCase(java.util.Locale.ROOT))));
            }
        } catch (IllegalArgumentException e) {
            System.err.println(messages.bilingual("catalog.console.badModeOrRole"));
            return null;
        }
        try {
            TrainingSession s = catalog.createSession(TrainingSession.of(program, from, to, venue, link, capacity,
                    facilitators, List.of(), List.of()).with(deliveryMode, sessionRoles));
            System.out.println(messages.bilingual("catalog.console.scheduled", s.id()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        }
        return null;
    }
}
