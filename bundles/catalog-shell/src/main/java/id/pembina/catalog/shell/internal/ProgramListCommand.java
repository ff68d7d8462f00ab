package id.pembina.catalog.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;

@Service
@Command(scope = "pembina", name = "program-list", description = "Program pelatihan yang tersedia / Available programmes")
public class ProgramListCommand implements Action {

    @Reference
    CatalogService catalog;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("Kode / Code");
        table.column("Judul / Title");
        table.column("Kompetensi / Competency");
        table.column("Metode / Method");
        table.column("JP");
        table.column("Modul / Module");
        for (Program p : catalog.programs()) {
            table.addRow().addContent(p.code(), p.title(), p.competencyType(), p.deliveryMethod(), p.jp(),
                    p.moduleId() + " " + p.moduleVersion());
        }
        table.print(System.out);
        return null;
    }
}
