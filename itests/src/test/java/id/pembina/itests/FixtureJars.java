package id.pembina.itests;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import id.pembina.itests.fixture.FixtureActivator;
import id.pembina.itests.fixture.FixtureFormat;
import id.pembina.itests.fixture.FixtureFormatActivator;
import id.pembina.itests.fixture.FixtureModule;
import id.pembina.itests.fixture.SameVersionChangedModule;

/** Packs the fixture module into bundle jars of a given version, in the test driver. */
final class FixtureJars {

    static final String SYMBOLIC_NAME = "pembina-module-fixture";

    private FixtureJars() {
    }

    static Path build(Path dir, String version) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve(SYMBOLIC_NAME + "-" + version + ".jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        a.putValue("Bundle-Version", version);
        a.putValue("Bundle-Name", "Pembina test module " + version);
        a.putValue("Bundle-Activator", FixtureActivator.class.getName());
        a.putValue("Import-Package", "id.pembina.catalog.spi;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.8,2)\"");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            classes(j, FixtureModule.class, FixtureActivator.class);
        }
        return jar;
    }

    /**
     * The fixture module 1.0.1 as bnd would pack a Declarative Services module ({@link
     * SameVersionChangedModule}): SPI import only, a component descriptor providing TrainingModule.
     */
    static Path buildChangedComponent(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve(SYMBOLIC_NAME + "-1.0.1-changed.jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", SYMBOLIC_NAME);
        a.putValue("Bundle-Version", "1.0.1");
        a.putValue("Import-Package", "id.pembina.catalog.spi;version=\"[1.0,2)\"");
        a.putValue("Service-Component", "OSGI-INF/fixture.xml");
        String component = SameVersionChangedModule.class.getName();
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            classes(j, FixtureModule.class, SameVersionChangedModule.class);
            j.putNextEntry(new JarEntry("OSGI-INF/fixture.xml"));
            j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scr:component "
                    + "xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + component + "\">\n"
                    + "  <service><provide interface=\"id.pembina.catalog.spi.TrainingModule\"/></service>\n"
                    + "  <implementation class=\"" + component + "\"/>\n</scr:component>\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            j.closeEntry();
        }
        return jar;
    }

    /**
     * Four broken modules for ModuleHotDeployIT, one per way of failing: a DS component whose activation throws
     * ({@link id.pembina.itests.fixture.FailingModule}), an import nobody exports, a manifest the framework
     * refuses (the same package imported twice), and a file named .jar that is no jar.
     */
    static List<Path> buildBroken(Path dir) throws IOException {
        Files.createDirectories(dir);
        String spi = "id.pembina.catalog.spi;version=\"[1.0,2)\"";
        String component = id.pembina.itests.fixture.FailingModule.class.getName();
        Path throwing = dir.resolve("pembina-module-broken-activation.jar");
        try (OutputStream out = Files.newOutputStream(throwing);
                JarOutputStream j = new JarOutputStream(out, manifest("pembina-module-broken-activation", spi,
                        "OSGI-INF/failing.xml"))) {
            classes(j, id.pembina.itests.fixture.FailingModule.class);
            j.putNextEntry(new JarEntry("OSGI-INF/failing.xml"));
            j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<scr:component "
                    + "xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + component + "\" immediate=\"true\">\n"
                    + "  <service><provide interface=\"id.pembina.catalog.spi.TrainingModule\"/></service>\n"
                    + "  <implementation class=\"" + component + "\"/>\n</scr:component>\n")
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            j.closeEntry();
        }
        Path unresolvable = dir.resolve("pembina-module-broken-import.jar");
        try (OutputStream out = Files.newOutputStream(unresolvable);
                JarOutputStream j = new JarOutputStream(out, manifest("pembina-module-broken-import",
                        spi + ",id.pembina.nowhere;version=\"[1.0,2)\"", null))) {
            classes(j, FixtureModule.class);
        }
        Path badManifest = dir.resolve("pembina-module-bad-manifest.jar");
        try (OutputStream out = Files.newOutputStream(badManifest);
                JarOutputStream j = new JarOutputStream(out, manifest("pembina-module-bad-manifest", spi + "," + spi, null))) {
            classes(j, FixtureModule.class);
        }
        Path notAJar = dir.resolve("pembina-module-not-a-jar.jar");
        Files.writeString(notAJar, "Ini bukan jar, hanya catatan rapat.\n");
        return List.of(throwing, unresolvable, badManifest, notAJar);
    }

    private static Manifest manifest(String symbolicName, String imports, String serviceComponent) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", symbolicName);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", imports);
        if (serviceComponent != null) {
            a.putValue("Service-Component", serviceComponent);
        }
        return mf;
    }

    /** A bundle registering a second report format ({@link FixtureFormat}), for ReportingChecks. */
    static Path buildFormat(Path dir) throws IOException {
        Files.createDirectories(dir);
        Path jar = dir.resolve("pembina-report-format-fixture.jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "pembina-report-format-fixture");
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Bundle-Activator", FixtureFormatActivator.class.getName());
        a.putValue("Import-Package", "id.pembina.reporting.api;version=\"[1.0,2)\",org.osgi.framework;version=\"[1.8,2)\"");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            classes(j, FixtureFormat.class, FixtureFormatActivator.class);
        }
        return jar;
    }

    /**
     * fastexcel-reader (no OSGi headers) as a bundle, to read XLSX reports back inside the container: its own
     * package exported, everything it uses imported dynamically. Built here rather than with the wrap: protocol,
     * whose handler may not be up yet when Pax Exam provisions.
     */
    static Path bundleFastexcelReader(Path dir, Path localRepository, String version) throws IOException {
        Files.createDirectories(dir);
        Path source = localRepository.resolve("org/dhatim/fastexcel-reader/" + version + "/fastexcel-reader-" + version + ".jar");
        Path jar = dir.resolve("fastexcel-reader-bundle-" + version + ".jar");
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", "org.dhatim.fastexcel-reader");
        a.putValue("Bundle-Version", version);
        a.putValue("Export-Package", "org.dhatim.fastexcel.reader;version=\"" + version + "\"");
        a.putValue("DynamicImport-Package", "*");
        try (java.util.jar.JarFile in = new java.util.jar.JarFile(source.toFile());
                OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out, mf)) {
            for (JarEntry e : java.util.Collections.list(in.entries())) {
                if (e.isDirectory() || e.getName().startsWith("META-INF/")) {
                    continue;
                }
                j.putNextEntry(new JarEntry(e.getName()));
                try (InputStream from = in.getInputStream(e)) {
                    from.transferTo(j);
                }
                j.closeEntry();
            }
        }
        return jar;
    }

    private static void classes(JarOutputStream j, Class<?>... classes) throws IOException {
        for (Class<?> c : classes) {
            String name = c.getName().replace('.', '/') + ".class";
            j.putNextEntry(new JarEntry(name));
            try (InputStream in = FixtureJars.class.getClassLoader().getResourceAsStream(name)) {
                in.transferTo(j);
            }
            j.closeEntry();
        }
    }
}
