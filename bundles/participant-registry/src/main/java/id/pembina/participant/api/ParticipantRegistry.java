package id.pembina.participant.api;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;

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
     * @throws ConflictException  when the NIP is already registered
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

    /**
     * Many participants in one call, e.g. the seat holders of many sessions.
     *
     * @param nips NIPs as {@link #find} takes them; nulls and unknown NIPs are skipped
     * @return the registered participants among them, active or not, by stored NIP
     * @since 1.2
     */
    default Map<String, Participant> findAll(Collection<String> nips) {
        // One look-up per NIP; the registry's own implementation asks its database once per few hundred.
        Map<String, Participant> out = new HashMap<>();
        for (String nip : nips) {
            if (nip != null) {
                find(nip).ifPresent(p -> out.put(p.nip(), p));
            }
        }
        return out;
    }

    /**
     * Every participant of a unit and of every unit below it, as {@link #search} would list them page by
     * page (by lower-case name, then NIP), in one call.
     *
     * @param includeInactive also deactivated participants
     * @throws NotFoundException for an unknown unit
     * @since 1.2
     */
    default List<Participant> members(String unitCode, boolean includeInactive) {
        // Page by page; the registry's own implementation reads the subtree in one query.
        List<Participant> all = new ArrayList<>();
        for (int offset = 0;; offset += ParticipantQuery.MAX_LIMIT) {
            Page<Participant> page = search(new ParticipantQuery(unitCode, null, null, includeInactive, offset,
                    ParticipantQuery.MAX_LIMIT));
            all.addAll(page.items());
            if (page.items().size() < ParticipantQuery.MAX_LIMIT || offset + ParticipantQuery.MAX_LIMIT >= page.total()) {
                return all;
            }
        }
    }

    Page<Participant> search(ParticipantQuery query);

    /** @return the number of participants, active or not */
    long count();

    /** @return every unit, parents before children */
    List<OrganizationUnit> units();

    Optional<OrganizationUnit> findUnit(String code);

    /**
     * @throws ValidationException for a bad code or name, or an unknown parent
     * @throws ConflictException  when the code is taken
     */
    OrganizationUnit createUnit(OrganizationUnit unit);

    /**
     * Imports participants from CSV (UTF-8, header row naming the columns as the JSON fields):
     * all rows or none.
     */
    ImportResult importCsv(Reader csv);

    /**
     * Fills an empty registry in one go, e.g. with demo data or a migrated data set. Everything is
     * validated as {@link #createUnit} and {@link #create} would, and then stored in ONE
     * transaction: either every unit and participant is stored, or nothing is.
     * <p>
     * The load happens only when the registry holds no unit and no participant, which is checked
     * inside that same transaction. Units may come in any order: each parent must be one of the
     * given units and is stored before its children. Participants are stored in list order; a
     * supervisor must be a participant earlier in the list.
     * <p>
     * Nothing throws for refused data: the result lists the errors as {@link #importCsv} does, the
     * {@link ImportResult.RowError#line() line} being the 1-based position in the combined list,
     * units first (the first participant is at {@code units.size() + 1}). A registry that is not
     * empty yields the single error {@code registry.notEmpty} (field {@code ""}, line 0, arguments:
     * the number of participants and of units held) and is left unchanged.
     *
     * @param units        the units to store; a null element is refused like an empty row
     * @param participants the participants to store; a null element is refused like an empty row
     * @return rows = units and participants given; imported = all of them, or 0 when refused
     * @throws NullPointerException for a null list
     * @since 1.1
     */
    ImportResult loadIntoEmpty(List<OrganizationUnit> units, List<Participant> participants);

    /** @return changes recorded for a participant, oldest first */
    List<ParticipantChange> history(String nip);

    /**
     * Whether a unit is {@code ancestorCode} or lies below it, for other services' access rules (a
     * pimpinan's scope is their unit's subtree). Any caller may ask.
     *
     * @return false for an unknown unit or ancestor
     * @since 2.2
     */
    default boolean unitWithin(String unitCode, String ancestorCode) {
        // Up the parents; the registry's own implementation compares the units' paths.
        java.util.Set<String> seen = new java.util.HashSet<>();
        Optional<OrganizationUnit> u = unitCode == null ? Optional.empty() : findUnit(unitCode);
        while (u.isPresent() && seen.add(u.get().code())) {
            if (u.get().code().equals(ancestorCode)) {
                return true;
            }
            u = u.get().parentCode() == null ? Optional.empty() : findUnit(u.get().parentCode());
        }
        return false;
    }

    /**
     * Whether every one of {@code nips} is a registered participant of {@code ancestorCode} or a unit below
     * it, for other services' access rules. Any caller may ask.
     *
     * @return false when any NIP is unknown or outside, or the ancestor is unknown; true for no NIPs
     * @since 2.2
     */
    default boolean participantsWithin(Collection<String> nips, String ancestorCode) {
        Map<String, Participant> found = findAll(nips);
        return found.size() == new java.util.HashSet<>(nips).size()
                && found.values().stream().allMatch(p -> unitWithin(p.unitCode(), ancestorCode));
    }
}
