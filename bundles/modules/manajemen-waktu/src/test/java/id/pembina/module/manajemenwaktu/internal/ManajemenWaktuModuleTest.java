package id.pembina.module.manajemenwaktu.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.module.testkit.ModuleRules;

public class ManajemenWaktuModuleTest {

    private final ManajemenWaktuModule module = new ManajemenWaktuModule();

    @Test
    public void followsTheSeedModuleRules() {
        ModuleRules.SEED.check(module);
    }

    @Test
    public void isADeclarativeServicesComponentProvidingTrainingModule() {
        ModuleRules.checkComponentDescriptor(ManajemenWaktuModule.class);
    }

    @Test
    public void definesItsProgramme() {
        assertEquals("manajemen-waktu", module.id());
        assertEquals("1.0.0", module.version());
        // SPI 1.2: the competencies the needs analysis finds this programme for.
        assertEquals(List.of("ORIENTASI-HASIL", "MANAJEMEN-WAKTU"), module.competencies("MANWAKTU"));
        assertEquals(List.of(), module.competencies("OTHER"));
        List<ProgramDefinition> programs = module.programs();
        assertEquals(1, programs.size());
        ProgramDefinition p = programs.get(0);
        assertEquals("MANWAKTU", p.code());
        assertEquals(CompetencyType.MANAJERIAL, p.competencyType());
        assertEquals(DeliveryMethod.LOKAKARYA, p.deliveryMethod());
        assertEquals(12, p.jp());
        assertEquals(false, p.reaction().anonymous());
        assertEquals("1.0", p.reaction().version());
        assertEquals("1.0", p.knowledgeTest().version());
        assertEquals("1.0", p.behaviour().version());
        // Counts as released in instrument version 1.0: changing them needs a new version.
        assertEquals(List.of(5, 14, 18, 7, 3), List.of(p.objectives().size(), p.reaction().items().size(),
                p.knowledgeTest().items().size(), p.behaviour().indicators().size(), p.results().size()));
    }
}
