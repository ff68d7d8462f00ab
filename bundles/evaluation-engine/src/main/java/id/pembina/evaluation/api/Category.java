package id.pembina.evaluation.api;

/** IP ASN categories, highest first; their bounds come from the {@link RuleSet}. */
public enum Category {
    SANGAT_TINGGI("Sangat Tinggi"),
    TINGGI("Tinggi"),
    SEDANG("Sedang"),
    RENDAH("Rendah"),
    SANGAT_RENDAH("Sangat Rendah");

    private final String label;

    Category(String label) {
        this.label = label;
    }

    /** The Indonesian name. */
    public String label() {
        return label;
    }
}
