package id.pembina.participant.api;

import java.time.LocalDate;

/**
 * An ASN registered for development programmes. On input, {@code gender} and {@code birthDate}
 * may be left null: the registry takes them from the NIP; a value that contradicts the NIP is
 * refused. {@code active} null on creation means active.
 */
public record Participant(
        String nip,
        String name,
        Gender gender,
        LocalDate birthDate,
        String unitCode,
        String positionTitle,
        PositionType positionType,
        Rank rank,
        Education education,
        String supervisorNip,
        Boolean active) {

    /** @return a copy with another active flag */
    public Participant withActive(boolean value) {
        return new Participant(nip, name, gender, birthDate, unitCode, positionTitle, positionType, rank,
                education, supervisorNip, value);
    }

    /** @return a copy with another NIP */
    public Participant withNip(String value) {
        return new Participant(value, name, gender, birthDate, unitCode, positionTitle, positionType, rank,
                education, supervisorNip, active);
    }

    /** @return true unless explicitly deactivated */
    public boolean isActive() {
        return active == null || active;
    }
}
