package id.pembina.catalog.spi;

/** Competency types of PermenPAN-RB 38/2017. */
public enum CompetencyType {
    TEKNIS, MANAJERIAL, SOSIAL_KULTURAL
}
