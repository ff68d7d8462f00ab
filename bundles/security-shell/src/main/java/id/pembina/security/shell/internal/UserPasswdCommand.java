package id.pembina.security.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import id.pembina.platform.api.Messages;
import id.pembina.security.api.UserAccounts;

/** As {@code PUT /users/{name}/password}. */
@Service
@Command(scope = "pembina", name = "user-passwd", description = "Ganti kata sandi / Set a new password "
        + "(admin, or the account itself)")
public class UserPasswdCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Reference
    Messages messages;

    @Reference
    Session session;

    @Option(name = "--password", description = "Kata sandi untuk skrip (tanpa ini: ditanyakan) / "
            + "Password for scripts (without it: asked for)")
    String password;

    @Argument(index = 0, name = "name", required = true, description = "Nama akun / Account name")
    String name;

    @Override
    public Object execute() throws Exception {
        char[] pw = PasswordPrompt.read(password, session, messages);
        if (pw != null && Console.attempt(() -> accounts.changePassword(name, pw), name, messages, System.err)) {
            System.out.println(messages.bilingual("security.console.passwordChanged", name));
        }
        return null;
    }
}
