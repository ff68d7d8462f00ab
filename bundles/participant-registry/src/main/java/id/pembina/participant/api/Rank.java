package id.pembina.participant.api;

/** Civil-service rank (golongan/ruang), the 17 grades from I/a to IV/e, lowest first. */
public enum Rank {
    I_A("I/a", "Juru Muda"),
    I_B("I/b", "Juru Muda Tingkat I"),
    I_C("I/c", "Juru"),
    I_D("I/d", "Juru Tingkat I"),
    II_A("II/a", "Pengatur Muda"),
    II_B("II/b", "Pengatur Muda Tingkat I"),
    II_C("II/c", "Pengatur"),
    II_D("II/d", "Pengatur Tingkat I"),
    III_A("III/a", "Penata Muda"),
    III_B("III/b", "Penata Muda Tingkat I"),
    III_C("III/c", "Penata"),
    III_D("III/d", "Penata Tingkat I"),
    IV_A("IV/a", "Pembina"),
    IV_B("IV/b", "Pembina Tingkat I"),
    IV_C("IV/c", "Pembina Utama Muda"),
    IV_D("IV/d", "Pembina Utama Madya"),
    IV_E("IV/e", "Pembina Utama");

    private final String code;
    private final String title;

    Rank(String code, String title) {
        this.code = code;
        this.title = title;
    }

    /** @return the golongan/ruang code, e.g. {@code III/a} */
    public String code() {
        return code;
    }

    /** @return the rank's name (pangkat), e.g. {@code Penata Muda} */
    public String title() {
        return title;
    }

    /**
     * @param code a golongan/ruang code such as {@code III/a}; case of the letter is ignored
     * @return the rank
     * @throws IllegalArgumentException for an unknown code
     */
    public static Rank fromCode(String code) {
        if (code != null) {
            String c = code.trim();
            for (Rank r : values()) {
                if (r.code.equalsIgnoreCase(c)) {
                    return r;
                }
            }
        }
        throw new IllegalArgumentException("Unknown rank: " + code);
    }
}
