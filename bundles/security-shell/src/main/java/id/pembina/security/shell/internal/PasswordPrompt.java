package id.pembina.security.shell.internal;

import java.io.IOException;

import org.apache.karaf.shell.api.console.Session;

import id.pembina.platform.api.Messages;

/** Reads a new password twice without echo; a password given as an option (for scripts) is used as it is. */
final class PasswordPrompt {

    private PasswordPrompt() {
    }

    /** @return the password, or null (after saying why) when the two entries differ */
    static char[] read(String fromOption, Session session, Messages messages) throws IOException {
        if (fromOption != null) {
            return fromOption.toCharArray();
        }
        String first = session.readLine(messages.bilingual("security.console.password") + ": ", '*');
        String second = session.readLine(messages.bilingual("security.console.passwordAgain") + ": ", '*');
        if (first == null || !first.equals(second)) {
            System.err.println(messages.bilingual("security.console.passwordsDiffer"));
            return null;
        }
        char[] pw = first.toCharArray();
        return pw;
    }
}
