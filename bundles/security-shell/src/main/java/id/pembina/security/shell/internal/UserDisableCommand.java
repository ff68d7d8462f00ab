package id.pembina.security.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.security.api.UserAccounts;

/** As {@code POST /users/{name}/disable} (or {@code /enable} with {@code --enable}). */
@Service
@Command(scope = "pembina", name = "user-disable", description = "Nonaktifkan akun / Disable an account (admin)")
public class UserDisableCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Reference
    Messages messages;

    @Option(name = "--enable", description = "Aktifkan lagi / Enable again")
    boolean enable;

    @Argument(index = 0, name = "name", required = true, description = "Nama akun / Account name")
    String name;

    @Override
    public Object execute() {
        if (Console.attempt(() -> accounts.setDisabled(name, !enable), name, messages, System.err)) {
            System.out.println(messages.bilingual(enable ? "security.console.enabled" : "security.console.disabled", name));
        }
        return null;
    }
}
