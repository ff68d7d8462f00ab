package id.pembina.registry.shell.internal;

import java.util.List;
import java.util.Optional;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.Messages;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/** As {@code GET /units/{code}}, with the units directly below it. */
@Service
@Command(scope = "pembina", name = "unit-show", description = "Rincian satu unit / Show one unit")
public class UnitShowCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "code", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String code;

    @Override
    public Object execute() {
        Optional<OrganizationUnit> found = registry.findUnit(code);
        if (found.isEmpty()) {
            System.err.println(messages.bilingual("registry.console.unknownUnit", code));
            return null;
        }
        OrganizationUnit u = found.get();
        List<String> below = registry.units().stream().filter(c -> u.code().equals(c.parentCode()))
                .map(OrganizationUnit::code).toList();
        System.out.printf("%-28s %s%n", "Kode / Code", u.code());
        System.out.printf("%-28s %s%n", "Nama / Name", u.name());
        System.out.printf("%-28s %s%n", "Induk / Parent", u.parentCode() == null ? "-" : u.parentCode());
        System.out.printf("%-28s %s%n", "Di bawahnya / Below", below.isEmpty() ? "-" : String.join(", ", below));
        return null;
    }
}
