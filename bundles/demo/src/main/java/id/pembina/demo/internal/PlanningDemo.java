package id.pembina.demo.internal;

import java.io.StringReader;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.planning.api.Competencies;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;

/**
 * The demo's competency standards, so that the needs analysis of the demo shows gaps: what each position type
 * of a kecamatan office requires of the competencies the seed programmes develop (levels 1-5). Nobody has an
 * assessed level in the demo, so every requirement is a gap of its full size until levels are imported.
 * Loaded with the demo data (the same configuration) and only when no standard exists yet.
 */
@Component(immediate = true, configurationPid = DemoDataLoader.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public class PlanningDemo {

    private static final Logger LOG = LoggerFactory.getLogger(PlanningDemo.class);

    /** positionTitle,positionType,competency,name,level: by position type (the title column empty). */
    static final String REQUIREMENTS = """
            positionTitle,positionType,competency,name,level
            ,PELAKSANA,PELAYANAN-PUBLIK,Pelayanan publik,3
            ,PELAKSANA,LITERASI-DIGITAL,Literasi digital,2
            ,PELAKSANA,INTEGRITAS,Integritas,2
            ,FUNGSIONAL,PELAYANAN-PUBLIK,Pelayanan publik,3
            ,FUNGSIONAL,ORIENTASI-HASIL,Orientasi pada hasil,3
            ,FUNGSIONAL,LITERASI-DIGITAL,Literasi digital,3
            ,PENGAWAS,KOMUNIKASI,Komunikasi,3
            ,PENGAWAS,MANAJEMEN-WAKTU,Manajemen waktu,3
            ,PENGAWAS,INTEGRITAS,Integritas,3
            ,ADMINISTRATOR,KOMUNIKASI,Komunikasi,4
            ,ADMINISTRATOR,MANAJEMEN-WAKTU,Manajemen waktu,3
            ,ADMINISTRATOR,ETIKA-PUBLIK,Etika publik,4
            """;

    private final Competencies competencies;

    @Activate
    public PlanningDemo(@Reference Competencies competencies, DemoDataLoader.Config config) {
        this.competencies = competencies;
        if (config.enabled()) {
            CallerContext.runAs(Caller.system("demo"), this::load);
        }
    }

    /** @return the import's result, or null when standards already exist or the import was refused */
    ImportResult load() {
        if (!competencies.requirements().isEmpty()) {
            return null;
        }
        try {
            ImportResult result = competencies.importRequirements(new StringReader(REQUIREMENTS));
            LOG.info("Demo competency standards loaded: {} requirements", result.imported());
            return result;
        } catch (ImportRefusedException e) {
            LOG.warn("Demo competency standards refused: {}", e.result().errors());
            return null;
        }
    }
}
