package id.pembina.security.shell.internal;

import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import id.pembina.platform.api.Messages;
import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccount;
import id.pembina.security.api.UserAccounts;

/** As {@code POST /users}. */
@Service
@Command(scope = "pembina", name = "user-add", description = "Buat akun / Create an account (admin)")
public class UserAddCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Reference
    Messages messages;

    @Reference
    Session session;

    @Option(name = "-r", aliases = "--role", multiValued = true, required = true,
            description = "Peran / Role: admin, operator, pimpinan, peserta (repeat or separate by commas)")
    List<String> roles;

    @Option(name = "--nip", description = "NIP peserta (wajib untuk peserta) / NIP (required for peserta)")
    String nip;

    @Option(name = "--unit", description = "Kode unit (wajib untuk pimpinan) / Unit code (required for pimpinan)")
    String unit;

    @Option(name = "--password", description = "Kata sandi untuk skrip (tanpa ini: ditanyakan) / "
            + "Password for scripts (without it: asked for)")
    String password;

    @Argument(index = 0, name = "name", required = true, description = "Nama akun / Account name")
    String name;

    @Override
    public Object execute() throws Exception {
        Set<Role> parsed = Console.roles(roles, messages, System.err);
        if (parsed == null) {
            return null;
        }
        char[] pw = PasswordPrompt.read(password, session, messages);
        if (pw == null) {
            return null;
        }
        UserAccount[] created = new UserAccount[1];
        if (Console.attempt(() -> created[0] = accounts.add(name, pw, parsed, nip, unit), name, messages, System.err)) {
            System.out.println(messages.bilingual("security.console.added", created[0].name(),
                    UserListCommand.roles(created[0])));
        }
        return null;
    }
}
