package id.pembina.participant.api;

/** Gender as recorded in digit 15 of a PNS NIP: 1 male, 2 female. */
public enum Gender {
    MALE, FEMALE;

    /** @return the NIP digit for this gender */
    public char nipDigit() {
        return this == MALE ? '1' : '2';
    }
}
