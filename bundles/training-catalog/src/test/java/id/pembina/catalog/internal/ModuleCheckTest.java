package id.pembina.catalog.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import static id.pembina.catalog.internal.Fixtures.config;
import static id.pembina.catalog.internal.Fixtures.service;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNotSame;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.osgi.framework.Version;

import id.pembina.catalog.api.ModuleCheck;
import id.pembina.catalog.api.ModuleCheck.CheckedModule;
import id.pembina.catalog.internal.Fixtures.FakeRegistry;
import id.pembina.catalog.internal.Fixtures.TestClock;
import id.pembina.catalog.internal.jars.JarModule;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.participant.api.Nip;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;
import id.pembina.persistence.testing.TestDatabase;
import id.pembina.platform.api.FieldError;

/** Module jars checked as the catalog would check them on arrival, built in the test, installed nowhere. */
public class ModuleCheckTest {

    /** The services refuse work without a caller; checking a module jar is the admin's. */
    @Rule
    public final AsCaller caller = AsCaller.admin();

    private static final String BSN = "pembina-module-contoh";
    private static final String SPI_RANGE = "[1.0,2)";

    private TestDatabase db;
    private CatalogServiceImpl catalog;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open("H2");
        catalog = new CatalogServiceImpl(db.dataSource(), new LiquibaseSchemaMigrator(), new FakeRegistry().registry(),
                null, config(45, "0.80"), new TestClock(java.time.Instant.parse("2026-11-27T03:00:00Z"), Nip.WIB));
    }

    @After
    public void tearDown() throws Exception {
        db.close();
    }

    @Test
    public void aGoodModuleHasNoProblemsAndIsNotInstalled() throws Exception {
        ModuleCheck check = catalog.checkModule(jar(JarModule.Good.class, SPI_RANGE, true));
        assertEquals(new ModuleCheck(BSN, "1.0.0", SPI_RANGE, "1.2.0",
                List.of(new CheckedModule(JarModule.Good.class.getName(), "contoh", "1.0.0", List.of("CONTOH-01"))),
                List.of()), check);
        assertEquals(List.of(), catalog.modules());
        assertFalse(catalog.program("CONTOH-01").isPresent());
    }

    @Test
    public void changedItemsUnderAStoredInstrumentVersionAreReported() throws Exception {
        catalog.addModule(new JarModule.Good(), service(1));
        ModuleCheck check = catalog.checkModule(jar(JarModule.Changed.class, SPI_RANGE, true));
        assertEquals(List.of(FieldError.of("CONTOH-01", "module.check.instrumentChanged", "CONTOH-01",
                "KNOWLEDGE_TEST", "1.0")), check.problems());
        assertEquals("Apakah IKM diukur tiap tahun?",
                catalog.knowledgeTest("CONTOH-01", "1.0").orElseThrow().items().get(0).question());
        // the same module again is fine: an upgrade that keeps its instruments
        assertEquals(List.of(), catalog.checkModule(jar(JarModule.Good.class, SPI_RANGE, true)).problems());
    }

    @Test
    public void aReactionQuestionnaireThatBecameAnonymousIsReported() throws Exception {
        catalog.addModule(new JarModule.Good(), service(1));
        assertEquals(List.of(FieldError.of("CONTOH-01", "module.check.anonymityChanged", "CONTOH-01", "1.0")),
                catalog.checkModule(jar(JarModule.Anonymous.class, SPI_RANGE, true)).problems());
    }

    @Test
    public void definitionsThatThrowAreReported() throws Exception {
        String name = JarModule.Throwing.class.getName();
        ModuleCheck check = catalog.checkModule(jar(JarModule.Throwing.class, SPI_RANGE, true));
        assertEquals(List.of(FieldError.of(name, "module.check.unreadable", name,
                "java.lang.UnsupportedOperationException: not yet")), check.problems());
        assertEquals(List.of(new CheckedModule(name, "rusak", "1.0.0", List.of())), check.modules());
    }

    @Test
    public void aMissingDescriptorIsReportedAndAWildcardIsFollowed() throws Exception {
        Manifest missing = manifest(SPI_RANGE, true);
        missing.getMainAttributes().putValue("Service-Component", "OSGI-INF/module.xml,OSGI-INF/other.xml");
        assertEquals(List.of(FieldError.of("Service-Component", "module.check.descriptor", "OSGI-INF/other.xml",
                "missing")), catalog.checkModule(zip(missing, JarModule.Good.class)).problems());
        Manifest wildcard = manifest(SPI_RANGE, true);
        wildcard.getMainAttributes().putValue("Service-Component", "OSGI-INF/*.xml");
        ModuleCheck check = catalog.checkModule(zip(wildcard, JarModule.Good.class));
        assertEquals(List.of(), check.problems());
        assertEquals("contoh", check.modules().get(0).id());
    }

    @Test
    public void aProgrammeCodeOfAnotherInstalledModuleIsReported() throws Exception {
        catalog.addModule(new JarModule.Good(), service(1));
        assertEquals(List.of(FieldError.of("CONTOH-01", "module.check.codeTaken", "CONTOH-01", "contoh")),
                catalog.checkModule(jar(JarModule.Taken.class, SPI_RANGE, true)).problems());
    }

    @Test
    public void brokenDefinitionRulesAreEachReported() throws Exception {
        ModuleCheck check = catalog.checkModule(jar(JarModule.Broken.class, SPI_RANGE, true));
        assertEquals(List.of(
                FieldError.of("Bad Id", "module.check.rule", "module id must match [a-z0-9][a-z0-9-]{0,59}: Bad Id"),
                FieldError.of("Bad Id", "module.check.rule", "RUSAK-01: jp must be 1 to 1000")), check.problems());
    }

    @Test
    public void aClassThatCannotBeCreatedIsReported() throws Exception {
        String name = JarModule.Failing.class.getName();
        ModuleCheck check = catalog.checkModule(jar(JarModule.Failing.class, SPI_RANGE, true));
        assertEquals(List.of(FieldError.of(name, "module.check.classLoad", name,
                "java.lang.IllegalStateException: no configuration")), check.problems());
        assertEquals(List.of(new CheckedModule(name, null, null, List.of())), check.modules());
    }

    @Test
    public void anSpiRangeTheServerDoesNotOfferIsReported() throws Exception {
        ModuleCheck check = catalog.checkModule(jar(JarModule.Good.class, "[2.0,3)", true));
        assertEquals(List.of(FieldError.of("Import-Package", "module.check.spiRange", "[2.0,3)", "1.2.0")),
                check.problems());
        assertEquals(List.of(), check.modules());
    }

    @Test
    public void aBundleWithoutSpiImportOrComponentIsReported() throws Exception {
        ModuleCheck check = catalog.checkModule(jar(JarModule.Good.class, null, false));
        assertEquals(List.of(
                FieldError.of("Import-Package", "module.check.noSpiImport", "id.pembina.catalog.spi"),
                FieldError.of("Service-Component", "module.check.noComponent", "id.pembina.catalog.spi.TrainingModule")),
                check.problems());
    }

    @Test
    public void aPlainJarOrNoJarIsReported() throws Exception {
        ModuleCheck plain = catalog.checkModule(zip(new Manifest()));
        assertEquals(List.of(FieldError.of("manifest", "module.check.notBundle")), plain.problems());
        Manifest noName = manifest(SPI_RANGE, true);
        noName.getMainAttributes().putValue("Bundle-SymbolicName", ";singleton:=true");
        assertEquals(List.of(FieldError.of("manifest", "module.check.notBundle")),
                catalog.checkModule(zip(noName, JarModule.Good.class)).problems());
        ModuleCheck text = catalog.checkModule(new ByteArrayInputStream("bukan jar".getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, text.problems().size());
        assertEquals("module.check.notJar", text.problems().get(0).code());
        assertEquals(null, text.bundleSymbolicName());
    }

    @Test
    public void optionalSpiImportIsReported() throws Exception {
        Manifest mf = manifest(SPI_RANGE + "\";resolution:=\"optional", true);
        ModuleCheck check = catalog.checkModule(zip(mf, JarModule.Good.class));
        assertEquals(List.of(FieldError.of("Import-Package", "module.check.spiOptional", "id.pembina.catalog.spi")),
                check.problems());
    }

    @Test
    public void modulesLiveInAnIsolatedClassLoaderThatIsClosedAfterwards() throws Exception {
        Path file = Files.createTempFile("module-check-test", ".jar");
        try {
            Files.copy(jar(JarModule.Good.class, SPI_RANGE, true), file,
                    StandardCopyOption.REPLACE_EXISTING);
            ClassLoader loader;
            try (ModuleJar jar = ModuleJar.read(file, Version.parseVersion("1.0.0"))) {
                TrainingModule module = jar.create().get(0).module();
                loader = module.getClass().getClassLoader();
                assertNotSame(JarModule.Good.class, module.getClass());
                assertEquals(JarModule.Good.class.getName(), module.getClass().getName());
                // the SPI comes from the catalog's own loader: the catalog can call the module
                assertSame(TrainingModule.class, module.getClass().getSuperclass().getInterfaces()[0]);
                assertNotNull(loader.getResource("OSGI-INF/module.xml"));
            }
            assertNull(loader.getResource("OSGI-INF/module.xml"));
        } finally {
            Files.delete(file);
        }
    }

    @Test
    public void manifestClausesKeepQuotedCommas() {
        List<ManifestClauses.Clause> c = ManifestClauses.parse(
                "org.osgi.framework;version=\"[1.8,2)\",id.pembina.catalog.spi;version=\"[1.0,2)\";resolution:=optional");
        assertEquals(2, c.size());
        assertEquals("[1.8,2)", c.get(0).attributes().get("version"));
        assertEquals("id.pembina.catalog.spi", c.get(1).path());
        assertEquals("optional", c.get(1).directives().get("resolution"));
    }

    // ---- jars as bnd would make them ----

    private static InputStream jar(Class<? extends JarModule> component, String spiRange, boolean withComponent)
            throws IOException {
        return zip(manifest(spiRange, withComponent), component);
    }

    private static Manifest manifest(String spiRange, boolean withComponent) {
        Manifest mf = new Manifest();
        Attributes a = mf.getMainAttributes();
        a.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        a.putValue("Bundle-ManifestVersion", "2");
        a.putValue("Bundle-SymbolicName", BSN);
        a.putValue("Bundle-Version", "1.0.0");
        a.putValue("Import-Package", spiRange == null ? "org.osgi.framework;version=\"[1.8,2)\""
                : "id.pembina.catalog.spi;version=\"" + spiRange + "\"");
        if (withComponent) {
            a.putValue("Service-Component", "OSGI-INF/module.xml");
        }
        return mf;
    }

    private static InputStream zip(Manifest mf, Class<?>... components) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream j = new JarOutputStream(bytes, mf)) {
            for (Class<?> c : components) {
                for (Class<?> type : List.of(JarModule.class, c)) {
                    String name = type.getName().replace('.', '/') + ".class";
                    j.putNextEntry(new JarEntry(name));
                    try (InputStream in = ModuleCheckTest.class.getClassLoader().getResourceAsStream(name)) {
                        in.transferTo(j);
                    }
                }
                j.putNextEntry(new JarEntry("OSGI-INF/module.xml"));
                j.write(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                        + "<scr:component xmlns:scr=\"http://www.osgi.org/xmlns/scr/v1.3.0\" name=\"" + c.getName() + "\">\n"
                        + "  <service><provide interface=\"id.pembina.catalog.spi.TrainingModule\"/></service>\n"
                        + "  <implementation class=\"" + c.getName() + "\"/>\n"
                        + "</scr:component>\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }
}
