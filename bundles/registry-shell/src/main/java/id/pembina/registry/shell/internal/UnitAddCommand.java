package id.pembina.registry.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/** As {@code POST /units}. */
@Service
@Command(scope = "pembina", name = "unit-add", description = "Tambah unit organisasi / Add an organisation unit")
public class UnitAddCommand implements Action {

    @Reference
    ParticipantRegistry registry;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "code", required = true, description = "Kode unit / Unit code")
    String code;

    @Argument(index = 1, name = "name", required = true, description = "Nama unit / Unit name")
    String name;

    @Option(name = "-p", aliases = "--parent", description = "Kode unit induk / Parent unit code")
    @Completion(UnitCodeCompleter.class)
    String parent;

    @Override
    public Object execute() {
        try {
            OrganizationUnit u = registry.createUnit(new OrganizationUnit(code, name, parent));
            System.out.println(messages.bilingual("registry.console.unitAdded", u.code(), u.name()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (ConflictException e) {
            System.err.println(messages.bilingual("registry.console.unitTaken", code));
        }
        return null;
    }
}
