package id.pembina.module.teknologi.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.module.testkit.ModuleRules;

public class TeknologiInformasiModuleTest {

    private final TeknologiInformasiModule module = new TeknologiInformasiModule();

    @Test
    public void followsTheSeedModuleRules() {
        ModuleRules.SEED.check(module);
    }

    @Test
    public void isADeclarativeServicesComponentProvidingTrainingModule() {
        ModuleRules.checkComponentDescriptor(TeknologiInformasiModule.class);
    }

    @Test
    public void definesItsProgramme() {
        assertEquals("teknologi-informasi", module.id());
        assertEquals("1.0.0", module.version());
        // SPI 1.2: the competencies the needs analysis finds this programme for.
        assertEquals(List.of("LITERASI-DIGITAL", "PELAYANAN-PUBLIK"), module.competencies("TI-PELAYANAN"));
        assertEquals(List.of(), module.competencies("OTHER"));
        List<ProgramDefinition> programs = module.programs();
        assertEquals(1, programs.size());
        ProgramDefinition p = programs.get(0);
        assertEquals("TI-PELAYANAN", p.code());
        assertEquals(CompetencyType.TEKNIS, p.competencyType());
        assertEquals(DeliveryMethod.PELATIHAN, p.deliveryMethod());
        assertEquals(24, p.jp());
        assertEquals(false, p.reaction().anonymous());
        assertEquals("1.0", p.reaction().version());
        assertEquals("1.0", p.knowledgeTest().version());
        assertEquals("1.0", p.behaviour().version());
        // Counts as released in instrument version 1.0: changing them needs a new version.
        assertEquals(List.of(5, 14, 20, 7, 3), List.of(p.objectives().size(), p.reaction().items().size(),
                p.knowledgeTest().items().size(), p.behaviour().indicators().size(), p.results().size()));
    }
}
