package id.pembina.catalog.shell.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.ModuleCheck;
import id.pembina.platform.api.Messages;

/** Checks a module jar as the catalog would on its arrival, without installing it (as {@code POST /modules/check}). */
@Service
@Command(scope = "pembina", name = "module-check",
        description = "Periksa JAR modul tanpa memasangnya / Check a module jar without installing it")
public class ModuleCheckCommand implements Action {

    @Reference
    CatalogService catalog;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "file", required = true, description = "Berkas JAR modul / Module jar file")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        Path jar = Path.of(file);
        if (!Files.isRegularFile(jar)) {
            System.out.println(messages.bilingual("catalog.console.fileNotFound", file));
            return null;
        }
        try (InputStream in = Files.newInputStream(jar)) {
            lines(catalog.checkModule(in), messages).forEach(System.out::println);
        } catch (IOException e) {
            System.out.println(messages.bilingual("catalog.console.fileNotReadable", file, e.getMessage()));
        }
        return null;
    }

    /** The verdict, the modules found and every problem, each Bahasa Indonesia / English. */
    static List<String> lines(ModuleCheck check, Messages messages) {
        List<String> out = new ArrayList<>();
        String bundle = check.bundleSymbolicName() == null ? "?" : check.bundleSymbolicName() + " " + check.bundleVersion();
        out.add(check.problems().isEmpty() ? messages.bilingual("catalog.console.moduleCheckPassed", bundle)
                : messages.bilingual("catalog.console.moduleCheckRefused", bundle, check.problems().size()));
        for (ModuleCheck.CheckedModule m : check.modules()) {
            if (m.id() != null) {
                out.add("  " + messages.bilingual("catalog.console.moduleCheckModule", m.id(), m.version(),
                        String.join(", ", m.programs())));
            }
        }
        check.problems().forEach(p -> out.add("  - " + messages.bilingual(p)));
        return out;
    }
}
