package id.pembina.security.shell.internal;

import java.io.PrintStream;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.Role;

/** What the user commands share: role parsing, a password read twice, and refusals as bilingual lines. */
final class Console {

    private Console() {
    }

    /** @return the roles, or null after printing the unknown ones */
    static Set<Role> roles(List<String> ids, Messages messages, PrintStream err) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean ok = true;
        for (String id : ids == null ? List.<String>of() : ids) {
            for (String one : id.split(",")) {
                if (one.isBlank()) {
                    continue;
                }
                var r = Role.of(one);
                if (r.isPresent()) {
                    roles.add(r.get());
                } else {
                    err.println(messages.bilingual("security.user.roleUnknown", one.trim()));
                    ok = false;
                }
            }
        }
        return ok ? roles : null;
    }

    /** Runs a change and prints the service's refusal instead of a stack trace. @return whether it ran */
    static boolean attempt(Runnable change, String name, Messages messages, PrintStream err) {
        try {
            change.run();
            return true;
        } catch (ValidationException e) {
            e.errors().forEach(f -> err.println(messages.bilingual(f)));
        } catch (ConflictException e) {
            err.println(messages.bilingual("security.console.nameTaken", name));
        } catch (NotFoundException e) {
            err.println(messages.bilingual("security.user.notFound", name));
        } catch (AccessDeniedException e) {
            err.println(messages.bilingual(e.code(), e.args()));
        }
        return false;
    }
}
