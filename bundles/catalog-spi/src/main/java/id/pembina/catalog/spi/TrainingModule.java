package id.pembina.catalog.spi;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A training module: a bundle's description of the programmes it brings and of their evaluation
 * instruments. Register it as an OSGi service (e.g. a DS component); the catalog tracks these
 * services dynamically, so a module appears when its bundle starts and leaves when it stops.
 * <p>
 * Instruments are versioned: when items change, give the instrument a new version. Answers
 * recorded against an older version stay readable and are scored with that version.
 */
@ConsumerType
public interface TrainingModule {

    /** @return a stable identifier, lower-case letters, digits and '-', e.g. {@code komunikasi-efektif} */
    String id();

    /** @return the module's name for people, Bahasa Indonesia */
    String name();

    /** @return the module's version, e.g. {@code 1.0.0} (usually its bundle version) */
    String version();

    /** @return the programmes this module provides, at least one */
    List<ProgramDefinition> programs();
}
