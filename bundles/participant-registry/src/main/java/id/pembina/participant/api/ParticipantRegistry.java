package id.pembina.participant.api;

import java.io.Reader;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The participant registry. Every write is validated completely before anything is stored, and
 * a refused write changes nothing. Participants are never deleted: deactivation keeps the record
 * and its history.
 */
@ProviderType
public interface ParticipantRegistry {

    /**
     * @throws ValidationException listing every invalid field
     * @throws DuplicateException  when the NIP is already registered
     */
    Participant create(Participant participant);

    /**
     * Replaces the participant's data; the NIP in the body, if any, must equal {@code nip}.
     *
     * @throws NotFoundException   for an unknown NIP
     * @throws ValidationException listing every invalid field
     */
    Participant update(String nip, Participant participant);

    /**
     * Marks the participant inactive; the record and its history stay.
     *
     * @throws NotFoundException for an unknown NIP
     */
    Participant deactivate(String nip);

    Optional<Participant> find(String nip);

    Page<Participant> search(ParticipantQuery query);

    /** @return the number of participants, active or not */
    long count();

    /** @return every unit, parents before children */
    List<OrganizationUnit> units();

    Optional<OrganizationUnit> findUnit(String code);

    /**
     * @throws ValidationException for a bad code or name, or an unknown parent
     * @throws DuplicateException  when the code is taken
     */
    OrganizationUnit createUnit(OrganizationUnit unit);

    /**
     * Imports participants from CSV (UTF-8, header row naming the columns as the JSON fields):
     * all rows or none.
     */
    ImportResult importCsv(Reader csv);

    /** @return changes recorded for a participant, oldest first */
    List<ParticipantChange> history(String nip);
}
