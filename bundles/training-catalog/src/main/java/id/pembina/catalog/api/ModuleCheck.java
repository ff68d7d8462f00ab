package id.pembina.catalog.api;

import java.util.List;

import id.pembina.platform.api.FieldError;

/**
 * What the catalog would say of a module jar if it were deployed now, found without installing it.
 *
 * @param bundleSymbolicName the jar's {@code Bundle-SymbolicName}, null when it is not a bundle
 * @param bundleVersion      the jar's {@code Bundle-Version}, null when it is not a bundle
 * @param spiImport          the version range of its {@code id.pembina.catalog.spi} import, null when none
 * @param spiVersion         the version of the SPI package the running server offers
 * @param modules            the training modules its components create
 * @param problems           every reason the catalog would refuse the jar or one of its modules; empty
 *                           when it would be offered. Codes {@code module.check.*}, texts in the
 *                           catalog's messages
 */
public record ModuleCheck(String bundleSymbolicName, String bundleVersion, String spiImport, String spiVersion,
        List<CheckedModule> modules, List<FieldError> problems) {

    public ModuleCheck {
        modules = List.copyOf(modules);
        problems = List.copyOf(problems);
    }

    /**
     * One module component of the jar.
     *
     * @param componentClass its implementation class
     * @param id             its {@code id()}, null when the class could not be created
     * @param version        its {@code version()}
     * @param programs       the codes of its programmes
     */
    public record CheckedModule(String componentClass, String id, String version, List<String> programs) {

        public CheckedModule {
            programs = programs == null ? List.of() : List.copyOf(programs);
        }
    }
}
