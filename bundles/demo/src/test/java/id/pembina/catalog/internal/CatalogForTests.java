package id.pembina.catalog.internal;

import java.lang.annotation.Annotation;
import java.time.Clock;
import java.util.Map;

import javax.sql.DataSource;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.persistence.api.SchemaMigrator;

/**
 * Test-only door into the real catalog: its test constructor and whiteboard methods are package-private, so
 * this class sits in the catalog's package on the test class path (never in a bundle).
 */
public final class CatalogForTests {

    private final CatalogServiceImpl catalog;

    public CatalogForTests(DataSource dataSource, SchemaMigrator migrator, ParticipantRegistry registry, Clock clock) {
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
