package id.pembina.catalog.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ModuleInfo;

@Service
@Command(scope = "pembina", name = "module-list", description = "Modul pelatihan yang terpasang / Installed training modules")
public class ModuleListCommand implements Action {

    @Reference
    CatalogService catalog;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Modul / Module");
        table.column("Versi / Version");
        table.column("Bundle");
        table.column("State");
        table.column("Program");
        table.column("Status");
        for (ModuleInfo m : catalog.modules()) {
            // A broken module has no id or version (it never reached the catalog): its bundle or file name.
            table.addRow().addContent(m.id() == null ? m.name() : m.id(), m.version() == null ? "-" : m.version(),
                    m.bundleId() < 0 ? "-" : m.bundleId() + " " + m.bundleSymbolicName(), m.bundleState(),
                    String.join(", ", m.programs()), m.problems().isEmpty() ? m.status()
                            : m.status() + ": " + String.join("; ", m.problems()));
        }
        table.print(System.out);
        return null;
    }
}
