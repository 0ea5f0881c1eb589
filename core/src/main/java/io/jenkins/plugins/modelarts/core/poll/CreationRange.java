package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import java.time.Duration;

/**
 * The {@code create_time} range a v2 search of active jobs can be narrowed to: a waited job can only be
 * among the jobs created no earlier than the oldest waited one, so other people's older jobs need not
 * fill the pages. From one second before the oldest waited job's creation to a day after the later of
 * now and the newest one's (the API documents no open bound, and a day covers a poller clock somewhat
 * behind the server's). No range at all while any waited job's creation time is not known yet (never
 * read): that search is not narrowed, so no job is missed.
 */
final class CreationRange {
    static final String KEY = "create_time";
    static final long BEFORE_MILLIS = Duration.ofSeconds(1).toMillis();
    static final long AHEAD_MILLIS = Duration.ofDays(1).toMillis();

    private CreationRange() {}

    /** The filter for a search that must find every one of {@code watches}; null when not to narrow. */
    static SearchTrainingJobsRequest.Filter of(Iterable<Watch> watches, long nowMillis) {
        long oldest = Long.MAX_VALUE;
        long newest = Long.MIN_VALUE;
        for (Watch w : watches) {
            if (w.createdMillis < 0) {
                return null;
            }
            oldest = Math.min(oldest, w.createdMillis);
            newest = Math.max(newest, w.createdMillis);
        }
        if (oldest == Long.MAX_VALUE) {
            return null; // nothing to find
        }
        return SearchTrainingJobsRequest.Filter.between(KEY, Long.toString(Math.max(0, oldest - BEFORE_MILLIS)),
                Long.toString(Math.max(nowMillis, newest) + AHEAD_MILLIS));
    }
}
