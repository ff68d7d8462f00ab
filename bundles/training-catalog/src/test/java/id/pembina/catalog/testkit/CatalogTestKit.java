package id.pembina.catalog.testkit;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.internal.CatalogServiceImpl;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.persistence.api.SchemaMigrator;

/**
 * The real catalog outside OSGi, for other bundles' tests (shipped in the {@code pembina-training-catalog}
 * test jar): a database, a registry and a clock of the test's choosing, jp.minutes 45, threshold 0.80, and
 * training modules handed over as the {@code ModuleTracker} would.
 */
public final class CatalogTestKit {

    private final CatalogServiceImpl catalog;

    public CatalogTestKit(DataSource dataSource, SchemaMigrator migrator, ParticipantRegistry registry, Clock clock) {
        catalog = new CatalogServiceImpl(dataSource, migrator, registry, null, new CatalogServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogServiceImpl.Config.class;
            }

            @Override
            public int jp_minutes() {
                return 45;
            }

            @Override
            public String attendance_threshold() {
                return "0.80";
            }

            @Override
            public String certificate_prefix() {
                return "BKPSDM-MEDAN";
            }
        }, clock);
    }

    public CatalogService service() {
        return catalog;
    }

    /** Registers a training module as the framework would. */
    public void add(TrainingModule module, long serviceId) {
        catalog.addModule(module, Map.of("service.id", serviceId, "service.bundleid", 7L));
    }

    public void remove(TrainingModule module, long serviceId) {
        catalog.removeModule(module, Map.of("service.id", serviceId, "service.bundleid", 7L));
    }
}
