package id.pembina.module.template.internal;

import static org.junit.Assert.assertEquals;

import org.junit.Test;

import id.pembina.module.testkit.ModuleRules;

/** Keep a test like this in every module: it catches a broken definition before deployment does. */
public class TemplateModuleTest {

    @Test
    public void followsTheDefinitionRules() {
        ModuleRules.MINIMAL.check(new TemplateModule());
    }

    @Test
    public void isADeclarativeServicesComponentProvidingTrainingModule() {
        ModuleRules.checkComponentDescriptor(TemplateModule.class);
    }

    @Test
    public void definesOneProgramme() {
        TemplateModule module = new TemplateModule();
        assertEquals("template", module.id());
        assertEquals(1, module.programs().size());
        assertEquals("CONTOH-01", module.programs().get(0).code());
        assertEquals(4, module.programs().get(0).knowledgeTest().maxPoints());
    }
}
