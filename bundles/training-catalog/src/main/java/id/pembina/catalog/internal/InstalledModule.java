package id.pembina.catalog.internal;

import java.util.List;

import id.pembina.catalog.spi.TrainingModule;

/**
 * A module service as the catalog tracks it. Its id, name and version are read once on arrival, so
 * that a module whose methods fail or answer null cannot break the listing of modules.
 *
 * @param conflict true when the module was refused only because another module provides one of its
 *                 programme codes: it is tried again when a module leaves
 */
record InstalledModule(long serviceId, long bundleId, TrainingModule module, String id, String name, String version,
        List<String> programCodes, List<String> problems, boolean conflict) {

    boolean valid() {
        return problems.isEmpty();
    }
}
