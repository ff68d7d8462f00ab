package id.pembina.evaluation.data.api;

import java.util.List;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;

/** Paging of lists computed in memory, checked as the registry checks its pages. */
final class Pages {

    private Pages() {
    }

    /** @throws ValidationException for a negative offset or a limit outside 1..max */
    static void check(int offset, int limit, int max) {
        if (offset < 0) {
            throw new ValidationException(List.of(FieldError.of("offset", "evaluation.pageRange", offset, "0..")));
        }
        if (limit < 1 || limit > max) {
            throw new ValidationException(List.of(FieldError.of("limit", "evaluation.pageRange", limit, "1.." + max)));
        }
    }

    /** The items from offset, at most limit of them. */
    static <T> Page<T> of(List<T> all, int offset, int limit) {
        int from = Math.min(offset, all.size());
        return new Page<>(all.subList(from, Math.min(all.size(), from + limit)), all.size(), offset, limit);
    }
}
