package id.pembina.evaluation.data.api;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Past training results per ASN, read for many participants at once (the planning's needs analysis asks for a
 * whole unit): the sessions they completed and their own level 2 and level 3 results.
 *
 * @since 2.4
 */
@ProviderType
public interface TrainingResults {

    /**
     * The completed Pembina sessions of the participants that ended in the years (inclusive, WIB): those where the
     * participant was credited JP. A few queries for all participants together (the catalog's sessions and
     * attendance of them all, then the tests and follow-ups of those sessions), never one per participant.
     * Staff see every participant; a pimpinan those of their subtree, a peserta only themself (others are left
     * out).
     *
     * @param nips stored NIPs (18 digits); others are skipped
     * @return by NIP, then last day, then session
     * @throws id.pembina.platform.api.ValidationException when {@code fromYear > toYear} or a year lies outside
     *     2000-2100
     */
    List<TrainingResult> trainingResults(Collection<String> nips, int fromYear, int toYear);
}
