package id.pembina.planning.rest.internal;

import java.util.List;

/**
 * The body of an acceptance.
 *
 * @param lines the line numbers to accept, empty or missing for all
 * @param venue the venue of the sessions created, or missing for "to be decided"
 */
public record AcceptRequest(List<Integer> lines, String venue) {

    public AcceptRequest {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }
}
