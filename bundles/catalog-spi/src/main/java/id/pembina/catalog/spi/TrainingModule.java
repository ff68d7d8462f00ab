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

    /**
     * The competencies a programme of this module develops, as codes of the agency's competency dictionary
     * (e.g. those of the kamus kompetensi manajerial and sosial kultural of PermenPAN-RB 38/2017:
     * {@code INTEGRITAS}, {@code KOMUNIKASI}, {@code PELAYANAN-PUBLIK}). The needs analysis proposes the
     * programme for the ASN whose position requires more of them than they reached. Optional: a module that
     * does not declare any stays valid.
     *
     * @param programCode a code of one of {@link #programs()}
     * @return competency codes (letters, digits, '.', '_' and '-', at most 60 characters), empty by default
     * @since 1.2
     */
    default List<String> competencies(String programCode) {
        return List.of();
    }
}
