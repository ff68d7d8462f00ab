package id.pembina.catalog.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.api.ModuleCheck;
import id.pembina.catalog.api.ModuleCheck.CheckedModule;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;

public class ModuleCheckCommandTest {

    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.catalog.shell.internal.texts", ModuleCheckCommand.class.getClassLoader()),
            new BundleMessages("id.pembina.catalog.internal.messages", ModuleCheck.class.getClassLoader())));

    @Test
    public void everyProblemInBothLanguages() {
        ModuleCheck check = new ModuleCheck("pembina-module-fixture", "1.0.1", "[1.0,2)", "1.0.0",
                List.of(new CheckedModule("x.FixtureComponent", "fixture", "1.0.1", List.of("FIX-01"))),
                List.of(FieldError.of("FIX-01", "module.check.instrumentChanged", "FIX-01", "KNOWLEDGE_TEST", "1.0")));
        assertEquals(List.of(
                "pembina-module-fixture 1.0.1: katalog akan menolaknya, 1 masalah (tidak ada yang dipasang) / "
                        + "pembina-module-fixture 1.0.1: the catalog would refuse it, 1 problem(s) (nothing was installed)",
                "  modul fixture 1.0.1, program FIX-01 / module fixture 1.0.1, programmes FIX-01",
                "  - FIX-01: Program FIX-01: KNOWLEDGE_TEST versi 1.0 sudah tersimpan dengan butir lain; beri instrumen "
                        + "yang diubah versi baru / Programme FIX-01: KNOWLEDGE_TEST version 1.0 was stored with other "
                        + "items; give the changed instrument a new version"),
                ModuleCheckCommand.lines(check, MESSAGES));
    }

    @Test
    public void aModuleTheCatalogWouldOffer() {
        ModuleCheck check = new ModuleCheck("pembina-module-template", "1.0.0", "[1.0,2)", "1.0.0",
                List.of(new CheckedModule("x.TemplateModule", "template", "1.0.0", List.of("CONTOH-01"))), List.of());
        assertEquals(List.of("pembina-module-template 1.0.0: katalog akan menerima modul ini (tidak ada yang dipasang) / "
                + "pembina-module-template 1.0.0: the catalog would offer this module (nothing was installed)",
                "  modul template 1.0.0, program CONTOH-01 / module template 1.0.0, programmes CONTOH-01"),
                ModuleCheckCommand.lines(check, MESSAGES));
    }
}
