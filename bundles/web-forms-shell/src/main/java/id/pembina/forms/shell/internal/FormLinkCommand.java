package id.pembina.forms.shell.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.forms.api.FormLinks;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.registry.shell.completers.NipCompleter;

/** The links staff hand out (as {@code GET /sessions/{id}/form-link} and {@code /participants/{nip}/follow-up-link}). */
@Service
@Command(scope = "pembina", name = "form-link",
        description = "Tautan formulir di ponsel: sesi atau --supervisor NIP / Link of the forms on phones: a session or --supervisor NIP")
public class FormLinkCommand implements Action {

    @Reference
    FormLinks links;

    @Reference
    Messages messages;

    @Option(name = "--supervisor", description = "NIP atasan: tautan tindak lanjut / Supervisor's NIP: follow-up link")
    @Completion(NipCompleter.class)
    String supervisor;

    @Option(name = "--base", description = "Alamat server untuk URL dan kode QR / Server address for the URL and the QR code")
    String base = "https://localhost:8443";

    @Option(name = "--qr", description = "Tulis kode QR (SVG) ke berkas ini / Write the QR code (SVG) to this file")
    String qr;

    @Argument(index = 0, name = "session", description = "ID sesi / Session id")
    Long session;

    @Override
    public Object execute() throws IOException {
        if ((supervisor == null) == (session == null)) {
            System.err.println(messages.bilingual("forms.console.what"));
            return null;
        }
        String origin = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        try {
            String path;
            if (session != null) {
                path = links.sessionForms(session);
                System.out.println(messages.bilingual("forms.console.session", session, origin + path));
                System.out.println(messages.bilingual("forms.console.roomCode", links.roomCode(session)));
                System.out.println(messages.bilingual("forms.console.print", origin + links.printSheet(session)));
            } else {
                path = links.followUp(supervisor);
                System.out.println(messages.bilingual("forms.console.followUp", supervisor, origin + path));
            }
            if (qr != null) {
                Files.writeString(Path.of(qr), links.qrCodeSvg(origin + path), StandardCharsets.UTF_8);
                System.out.println(messages.bilingual("forms.console.qrWritten", qr));
            }
        } catch (NotFoundException e) {
            System.err.println(session != null ? messages.bilingual("forms.console.sessionNotFound", session)
                    : messages.bilingual("forms.console.participantNotFound", supervisor));
        }
        return null;
    }
}
