package id.pembina.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.osgi.framework.Version;
import org.osgi.framework.VersionRange;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

import id.pembina.catalog.spi.TrainingModule;
import id.pembina.platform.api.FieldError;

/**
 * A module jar read without installing it: its manifest, its Declarative Services descriptors and,
 * on request, its module classes in a class loader of its own whose only parent classes are the
 * JDK's and the running SPI's. {@link #close()} drops that class loader and the open jar.
 */
final class ModuleJar implements AutoCloseable {

    /** A module component's class and the instance made of it, or null when none could be made. */
    record Created(String className, TrainingModule module) {
    }

    private final Path file;
    private final List<FieldError> problems = new ArrayList<>();
    private final List<String> componentClasses = new ArrayList<>();
    private String symbolicName;
    private String bundleVersion;
    private String spiImport;
    private URLClassLoader loader;

    private ModuleJar(Path file) {
        this.file = file;
    }

    /** Reads the manifest and descriptors; every problem found is in {@link #problems()}. */
    static ModuleJar read(Path file, Version spiVersion) {
        ModuleJar jar = new ModuleJar(file);
        try (JarFile j = new JarFile(file.toFile())) {
            Manifest mf = j.getManifest();
            if (mf == null || !jar.bundle(mf.getMainAttributes())) {
                jar.problems.add(FieldError.of("manifest", "module.check.notBundle"));
                return jar;
            }
            jar.spiImport(mf.getMainAttributes().getValue("Import-Package"), spiVersion);
            jar.components(j, mf.getMainAttributes().getValue("Service-Component"));
        } catch (IOException | SecurityException e) {
            jar.problems.add(FieldError.of("file", "module.check.notJar", String.valueOf(e.getMessage())));
        }
        return jar;
    }

    private boolean bundle(Attributes main) {
        List<ManifestClauses.Clause> name = ManifestClauses.parse(main.getValue("Bundle-SymbolicName"));
        if (name.isEmpty() || !"2".equals(strip(main.getValue("Bundle-ManifestVersion")))) {
            return false;
        }
        symbolicName = name.get(0).path();
        bundleVersion = strip(main.getValue("Bundle-Version"));
        bundleVersion = bundleVersion == null ? "0.0.0" : bundleVersion;
        return true;
    }

    private void spiImport(String header, Version spiVersion) {
        ManifestClauses.Clause spi = ManifestClauses.parse(header).stream().filter(c -> c.path().equals(SpiPackage.NAME))
                .findFirst().orElse(null);
        if (spi == null) {
            problems.add(FieldError.of("Import-Package", "module.check.noSpiImport", SpiPackage.NAME));
            return;
        }
        spiImport = spi.attributes().getOrDefault("version", "0.0.0");
        try {
            if (!VersionRange.valueOf(spiImport).includes(spiVersion)) {
                problems.add(FieldError.of("Import-Package", "module.check.spiRange", spiImport, spiVersion));
            }
        } catch (IllegalArgumentException e) {
            problems.add(FieldError.of("Import-Package", "module.check.spiRange", spiImport, spiVersion));
        }
        if ("optional".equals(spi.directives().get("resolution"))) {
            problems.add(FieldError.of("Import-Package", "module.check.spiOptional", SpiPackage.NAME));
        }
    }

    private void components(JarFile j, String header) throws IOException {
        for (ManifestClauses.Clause c : ManifestClauses.parse(header)) {
            for (String path : entries(j, c.path())) {
                JarEntry e = j.getJarEntry(path);
                if (e == null) {
                    problems.add(FieldError.of("Service-Component", "module.check.descriptor", path, "missing"));
                    continue;
                }
                try (InputStream in = j.getInputStream(e)) {
                    descriptor(parser().parse(in).getDocumentElement());
                } catch (SAXException | ParserConfigurationException x) {
                    problems.add(FieldError.of("Service-Component", "module.check.descriptor", path,
                            String.valueOf(x.getMessage())));
                }
            }
        }
        if (componentClasses.isEmpty()) {
            problems.add(FieldError.of("Service-Component", "module.check.noComponent", TrainingModule.class.getName()));
        }
    }

    /** The paths a Service-Component entry names; a '*' in its last segment matches within its folder. */
    private static List<String> entries(JarFile j, String pattern) {
        int star = pattern.lastIndexOf('*');
        if (star < 0) {
            return List.of(pattern);
        }
        int slash = pattern.lastIndexOf('/');
        String folder = pattern.substring(0, slash + 1);
        String regex = java.util.regex.Pattern.quote(pattern.substring(slash + 1)).replace("*", "\\E[^/]*\\Q");
        return j.stream().map(JarEntry::getName).filter(n -> n.startsWith(folder)
                && n.substring(folder.length()).matches(regex)).sorted().toList();
    }

    /** Every component element (an SCR root element, or inside another root) providing TrainingModule. */
    private void descriptor(Element root) {
        List<Element> components = new ArrayList<>();
        if ("component".equals(root.getLocalName())) {
            components.add(root);
        }
        NodeList nested = root.getElementsByTagNameNS("*", "component");
        for (int i = 0; i < nested.getLength(); i++) {
            components.add((Element) nested.item(i));
        }
        for (Element c : components) {
            NodeList provides = c.getElementsByTagNameNS("*", "provide");
            NodeList impl = c.getElementsByTagNameNS("*", "implementation");
            for (int i = 0; i < provides.getLength(); i++) {
                if (TrainingModule.class.getName().equals(((Element) provides.item(i)).getAttribute("interface"))
                        && impl.getLength() > 0) {
                    componentClasses.add(((Element) impl.item(0)).getAttribute("class"));
                    break;
                }
            }
        }
    }

    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    /** Loads and creates every module component, each problem as a {@code module.check.classLoad}. */
    List<Created> create() throws IOException {
        if (loader == null) {
            loader = new URLClassLoader(new URL[] { file.toUri().toURL() }, new SpiOnly());
        }
        List<Created> out = new ArrayList<>();
        for (String name : componentClasses) {
            TrainingModule module = null;
            try {
                Class<?> type = Class.forName(name, true, loader);
                if (!TrainingModule.class.isAssignableFrom(type)) {
                    problems.add(FieldError.of(name, "module.check.classLoad", name,
                            "does not implement " + TrainingModule.class.getName()));
                } else {
                    module = (TrainingModule) type.getConstructor().newInstance();
                }
            } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
                Throwable cause = e instanceof java.lang.reflect.InvocationTargetException && e.getCause() != null
                        ? e.getCause() : e;
                problems.add(FieldError.of(name, "module.check.classLoad", name, cause.toString()));
            }
            out.add(new Created(name, module));
        }
        return out;
    }

    List<FieldError> problems() {
        return problems;
    }

    String symbolicName() {
        return symbolicName;
    }

    String bundleVersion() {
        return bundleVersion;
    }

    String spiImport() {
        return spiImport;
    }

    @Override
    public void close() throws IOException {
        if (loader != null) {
            loader.close();
            loader = null;
        }
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }

    /** The parent of a module's class loader: the JDK, and the SPI from the running SPI bundle; nothing else. */
    private static final class SpiOnly extends ClassLoader {
        SpiOnly() {
            super(ClassLoader.getPlatformClassLoader());
        }

        @Override
        protected Class<?> findClass(String name) throws ClassNotFoundException {
            if (name.startsWith(SpiPackage.NAME + ".")) {
                return SpiPackage.loader().loadClass(name);
            }
            throw new ClassNotFoundException(name);
        }
    }
}
