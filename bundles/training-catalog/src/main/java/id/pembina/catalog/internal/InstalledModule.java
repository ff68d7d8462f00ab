package id.pembina.catalog.internal;

import java.util.List;

import id.pembina.catalog.spi.TrainingModule;

/** A module service as the catalog tracks it. */
record InstalledModule(long serviceId, long bundleId, TrainingModule module, List<String> programCodes,
        List<String> problems) {

    boolean valid() {
        return problems.isEmpty();
    }
}
