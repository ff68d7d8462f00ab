package id.pembina.participant.api;

/** A string is not a valid PNS NIP; {@link #reason()} says which rule it broke. */
public class InvalidNipException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    /** The rule of the NIP that was broken. */
    public enum Reason {
        /** Not exactly 18 digits. */
        FORMAT,
        /** Digits 1–8 are not a real date, or a date before 1900. */
        BIRTH_DATE,
        /** Digits 9–14 are not a real year and month. */
        TMT_CPNS,
        /** TMT CPNS lies before the month of the 18th birthday. */
        TMT_BEFORE_ADULTHOOD,
        /** TMT CPNS lies in the future. */
        TMT_IN_FUTURE,
        /** Digit 15 is neither 1 nor 2. */
        GENDER,
        /** Digits 16–18 are 000. */
        SEQUENCE
    }

    private final Reason reason;

    public InvalidNipException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** @return message key for this reason, e.g. {@code nip.birthDate} */
    public String code() {
        switch (reason) {
            case FORMAT: return "nip.format";
            case BIRTH_DATE: return "nip.birthDate";
            case TMT_CPNS: return "nip.tmt";
            case TMT_BEFORE_ADULTHOOD: return "nip.tmtBeforeAdulthood";
            case TMT_IN_FUTURE: return "nip.tmtInFuture";
            case GENDER: return "nip.gender";
            default: return "nip.sequence";
        }
    }
}
