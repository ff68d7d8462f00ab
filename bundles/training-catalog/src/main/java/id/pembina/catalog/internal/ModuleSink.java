package id.pembina.catalog.internal;

import java.util.Map;

import id.pembina.catalog.spi.TrainingModule;

/**
 * Where the {@link ModuleTracker} hands the training modules it sees: the catalog, which checks
 * them and stores their programmes. Called from the tracker's own thread, never from a DS bind.
 * A service of this bundle only (its package is not exported).
 */
public interface ModuleSink {

    /** @param properties the module service's properties ({@code service.id}, {@code service.bundleid}) */
    void addModule(TrainingModule module, Map<String, Object> properties);

    void removeModule(TrainingModule module, Map<String, Object> properties);
}
