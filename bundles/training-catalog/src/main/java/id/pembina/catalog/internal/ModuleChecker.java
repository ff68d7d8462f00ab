package id.pembina.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Function;

import org.osgi.framework.Version;

import id.pembina.catalog.api.ModuleCheck;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.platform.api.FieldError;

/**
 * Checks a module jar as the catalog checks a module on arrival, without installing it: the jar
 * ({@link ModuleJar}), the definition rules, programme codes of other installed modules and the
 * stored instrument versions.
 */
final class ModuleChecker {

    private final Version spiVersion;
    private final Collection<InstalledModule> installed;
    private final Function<ProgramDefinition, List<FieldError>> instrumentChanges;

    /**
     * @param installed         the modules installed now
     * @param instrumentChanges the instruments of a definition stored earlier with other items
     */
    ModuleChecker(Version spiVersion, Collection<InstalledModule> installed,
            Function<ProgramDefinition, List<FieldError>> instrumentChanges) {
        this.spiVersion = spiVersion;
        this.installed = installed;
        this.instrumentChanges = instrumentChanges;
    }

    ModuleCheck check(InputStream in) {
        Path file;
        try {
            file = Files.createTempFile("pembina-module-check-", ".jar");
        } catch (IOException e) {
            throw new UncheckedIOException("no temporary file for the module jar", e);
        }
        try {
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return check(file);
        } catch (IOException e) {
            throw new UncheckedIOException("module jar not readable", e);
        } finally {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                file.toFile().deleteOnExit();
            }
        }
    }

    private ModuleCheck check(Path file) throws IOException {
        List<ModuleCheck.CheckedModule> modules = new ArrayList<>();
        List<FieldError> problems = new ArrayList<>();
        try (ModuleJar jar = ModuleJar.read(file, spiVersion)) {
            boolean loadable = jar.problems().isEmpty();
            List<ModuleJar.Created> created = loadable ? jar.create() : List.of();
            problems.addAll(jar.problems());
            for (ModuleJar.Created c : created) {
                if (c.module() == null) {
                    modules.add(new ModuleCheck.CheckedModule(c.className(), null, null, List.of()));
                } else {
                    modules.add(module(c.className(), c.module(), problems));
                }
            }
            return new ModuleCheck(jar.symbolicName(), jar.bundleVersion(), jar.spiImport(), spiVersion.toString(),
                    modules, problems);
        }
    }

    /** The checks of {@code CatalogServiceImpl.addModule}, each problem with a code. */
    private ModuleCheck.CheckedModule module(String className, TrainingModule module, List<FieldError> problems) {
        String id = null;
        String version = null;
        List<String> codes = new ArrayList<>();
        List<ProgramDefinition> definitions = List.of();
        try {
            id = module.id();
            version = module.version();
            String where = id == null ? className : id;
            List<String> broken = ModuleRules.check(module);
            broken.forEach(b -> problems.add(FieldError.of(where, "module.check.rule", b)));
            if (broken.isEmpty()) {
                module.programs().forEach(p -> codes.add(p.code()));
                for (InstalledModule other : installed) {
                    if (other.valid() && !other.id().equals(id)) {
                        other.programCodes().stream().filter(codes::contains).forEach(code -> problems.add(
                                FieldError.of(code, "module.check.codeTaken", code, other.id())));
                    }
                }
                definitions = List.copyOf(module.programs());
            }
        } catch (RuntimeException | LinkageError e) {
            problems.add(FieldError.of(className, "module.check.unreadable", className, e.toString()));
        }
        // outside the try: a database failure is the server's, not the module's
        definitions.forEach(d -> problems.addAll(instrumentChanges.apply(d)));
        return new ModuleCheck.CheckedModule(className, id, version, codes);
    }
}
