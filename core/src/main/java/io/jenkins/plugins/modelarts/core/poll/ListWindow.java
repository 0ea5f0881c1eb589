package io.jenkins.plugins.modelarts.core.poll;

/**
 * How many rows of a shared read (the v1 job list, newest first; the v2 search of active jobs, newest
 * first) one tick asks for, so that a page carries the waited jobs and not everything else: down to
 * the deepest row where a job due soon was last seen, plus room for jobs created since, which push
 * it down. The room is {@link #MIN_SLACK} rows, or twice as many as the read's count grew by between
 * the last two ticks when that is more. A job whose row is not known yet (never seen there) asks for
 * a full page. Guarded by the owning group's lock.
 */
final class ListWindow {
    static final int MIN_SLACK = 10;

    private final int fullPage;
    private long lastCount = -1;
    private long lastMillis = Long.MIN_VALUE;
    private long growth;

    ListWindow(int fullPage) {
        this.fullPage = fullPage;
    }

    int fullPage() {
        return fullPage;
    }

    /** Rows to read for {@code dueSoon}: at most a full page. */
    int rows(Iterable<Watch> dueSoon) {
        int deepest = -1;
        for (Watch w : dueSoon) {
            if (w.listRow < 0) {
                return fullPage;
            }
            deepest = Math.max(deepest, w.listRow);
        }
        long slack = Math.max(MIN_SLACK, 2 * growth);
        return (int) Math.min(fullPage, deepest + 1 + slack);
    }

    /** Records the count of rows the read had at {@code nowMillis} (null when not given); the first read of a tick counts. */
    void count(Number count, long nowMillis) {
        if (count == null || nowMillis == lastMillis) {
            return; // not given, or a further page of the same tick
        }
        growth = lastCount < 0 ? 0 : Math.max(0, count.longValue() - lastCount);
        lastCount = count.longValue();
        lastMillis = nowMillis;
    }
}
