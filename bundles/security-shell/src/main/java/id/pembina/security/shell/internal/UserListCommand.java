package id.pembina.security.shell.internal;

import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.platform.api.Messages;
import id.pembina.security.api.UserAccount;
import id.pembina.security.api.UserAccounts;

/** As {@code GET /users}. */
@Service
@Command(scope = "pembina", name = "user-list", description = "Daftar akun / List accounts (admin)")
public class UserListCommand implements Action {

    @Reference
    UserAccounts accounts;

    @Reference
    Messages messages;

    @Override
    public Object execute() {
        Console.attempt(() -> {
            ShellTable table = new ShellTable();
            table.column("Name");
            table.column("Roles");
            table.column("NIP");
            table.column("Unit");
            table.column("Disabled");
            for (UserAccount a : accounts.list()) {
                table.addRow().addContent(a.name(), roles(a), a.nip() == null ? "" : a.nip(),
                        a.unitCode() == null ? "" : a.unitCode(), a.disabled() ? "yes" : "");
            }
            table.print(System.out);
        }, "", messages, System.err);
        return null;
    }

    static String roles(UserAccount a) {
        return a.roles().stream().sorted().map(r -> r.id()).collect(Collectors.joining(","));
    }
}
