package io.jenkins.plugins.modelarts.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.function.Predicate;

/**
 * Reads numbered pages until the collection is complete: stops at an empty page, when the
 * reported total is reached, after {@link #MAX_PAGES} pages (a guard against a server that ignores
 * the page number), and, where the page size is the API's maximum so the server cannot have
 * lowered it, at a short page.
 *
 * @param <P> a page
 * @param <T> an item
 */
final class Paging<P, T> {
    static final int MAX_PAGES = 10_000;

    private final IntFunction<P> fetch;
    private final Function<P, List<T>> items;
    private final Function<P, ? extends Number> total;
    private final int firstPage;
    private final int shortPageSize;

    /**
     * @param fetch reads page {@code n}
     * @param items the items of a page (never null)
     * @param total the total a page reports, or null when it reports none
     * @param firstPage the number of the first page (v1 lists count from 1, v2 search from 0)
     * @param shortPageSize a page with fewer items ends the loop; 1 to stop only at an empty page
     */
    Paging(IntFunction<P> fetch, Function<P, List<T>> items, Function<P, ? extends Number> total, int firstPage,
            int shortPageSize) {
        this.fetch = fetch;
        this.items = items;
        this.total = total;
        this.firstPage = firstPage;
        this.shortPageSize = shortPageSize;
    }

    /** Up to {@code max} items, in the server's order. */
    List<T> collect(int max) {
        List<T> all = new ArrayList<>();
        if (max > 0) {
            visit(item -> {
                all.add(item);
                return all.size() >= max;
            });
        }
        return all;
    }

    /** The first item that matches, reading no further pages than needed. */
    Optional<T> find(Predicate<T> match) {
        List<T> found = new ArrayList<>(1);
        visit(item -> match.test(item) && found.add(item));
        return found.stream().findFirst();
    }

    /** Feeds items to {@code done} until it answers true or the pages run out. */
    private void visit(Predicate<T> done) {
        long seen = 0;
        for (int n = firstPage; n < firstPage + MAX_PAGES; n++) {
            P page = fetch.apply(n);
            List<T> got = items.apply(page);
            for (T item : got) {
                if (done.test(item)) {
                    return;
                }
            }
            seen += got.size();
            Number reported = total.apply(page);
            if (got.size() < shortPageSize || (reported != null && seen >= reported.longValue())) {
                return;
            }
        }
    }
}
