package id.pembina.platform.api;

import java.util.List;

/** One page of a longer result: {@code total} counts every match, not just this page. */
public record Page<T>(List<T> items, long total, int offset, int limit) {

    public Page {
        items = List.copyOf(items);
    }
}
