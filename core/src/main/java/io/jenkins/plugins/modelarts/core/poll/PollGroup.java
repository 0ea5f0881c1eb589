package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ModelArtsException;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery;
import io.jenkins.plugins.modelarts.client.model.SearchTrainingJobsRequest;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobList;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSearchResult;
import io.jenkins.plugins.modelarts.client.model.TrainingJobSummary;
import io.jenkins.plugins.modelarts.client.model.V1Status;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The jobs waited on through one {@link ModelArtsClient}, and one tick of reading them: a v1 job
 * list (newest first, up to 1000 jobs a page) for every due v1 job, one v2 search of the active
 * phases (up to 50 a page; only jobs created since the oldest waited one, once {@link CreationRange}
 * knows when that was) for every due v2 job, and a detail read for each job those cannot
 * answer. All under one request budget and one backoff. A page is only as long as {@link ListWindow}
 * says the jobs due soon need. A list or search page also refreshes waited jobs that are not due
 * yet (their next read moves on), so the reads of many jobs fall into the same calls.
 * Thread-safe: a tick holds this group's lock; registering and cancelling do not wait for it.
 */
final class PollGroup {
    static final int V1_PAGE = ListTrainingJobsQuery.MAX_PER_PAGE;
    static final int V2_PAGE = SearchTrainingJobsRequest.MAX_LIMIT;
    static final List<String> ACTIVE_PHASES = List.of("Creating", "Pending", "Running", "Terminating");
    private static final Comparator<Watch> OLDEST_DUE_FIRST =
            Comparator.comparingLong((Watch w) -> w.dueMillis).thenComparingLong(Watch::sequence);

    /** The connection, replaced when a newer client is registered; read once per call. */
    private volatile TrainingJobs jobs;
    private final PollerSettings settings;
    private final Random random;
    private final RequestBudget budget;
    /** Registration and cancel go straight here, never waiting for a tick in progress. */
    private final Map<JobRef, Watch> watches = new ConcurrentHashMap<>();
    private final AtomicLong sequence = new AtomicLong();
    // Guarded by this group's lock (held by tick).
    private final Backoff backoff;
    private final ListWindow v1Window = new ListWindow(V1_PAGE);
    private final ListWindow v2Window = new ListWindow(V2_PAGE);
    private volatile long requests; // written only under the tick lock

    PollGroup(ModelArtsClient client, PollerSettings settings, Random random) {
        this.jobs = new TrainingJobs(Objects.requireNonNull(client, "client == null"));
        this.settings = settings;
        this.random = random;
        this.budget = new RequestBudget(settings.maxRequestsPerMinute());
        this.backoff = new Backoff(settings, this::jittered);
    }

    /** Reads through {@code newer} from now on (a rebuilt client, say with rotated credentials). */
    void useClient(ModelArtsClient newer) {
        if (newer != jobs.client()) {
            jobs = new TrainingJobs(Objects.requireNonNull(newer, "client == null"));
        }
    }

    Watch watch(JobRef ref, long nowMillis, StateListener listener, java.time.Duration interval) {
        Watch watch = watches.compute(ref, (r, old) -> {
            Watch w = old != null ? old : new Watch(r, nowMillis, sequence.incrementAndGet(), this::remove, this::releaseOne);
            w.registrations++;
            return w;
        });
        watch.addListener(listener);
        if (interval != null) {
            watch.interval = interval;
        }
        return watch;
    }

    /** Drops one registration of {@code watch}; true when it was the last and the watch is gone. */
    private boolean releaseOne(Watch watch) {
        boolean[] last = {false};
        watches.computeIfPresent(watch.ref(), (r, current) -> {
            if (current != watch || --current.registrations > 0) {
                return current;
            }
            last[0] = true;
            return null;
        });
        return last[0];
    }

    private void remove(Watch watch) {
        watches.remove(watch.ref(), watch);
    }

    int size() {
        return watches.size();
    }

    long requests() {
        return requests;
    }

    /** One round at {@code nowMillis}: reads what is due, oldest-due first, as far as the budget allows. */
    synchronized void tick(long nowMillis) {
        if (backoff.isWaiting(nowMillis) || watches.isEmpty()) {
            return;
        }
        List<Watch> due = new ArrayList<>();
        for (Watch w : watches.values()) {
            if (w.dueMillis <= nowMillis) {
                due.add(w);
            }
        }
        if (due.isEmpty()) {
            return;
        }
        due.sort(OLDEST_DUE_FIRST);
        try {
            readDue(due, nowMillis);
            backoff.succeeded();
        } catch (RuntimeException e) {
            if (!isTransient(e)) {
                throw e;
            }
            backoff.failed(e, nowMillis);
        }
    }

    private void readDue(List<Watch> due, long now) {
        boolean listed = false;
        boolean searched = false;
        for (Watch w : due) {
            if (watches.get(w.ref()) != w || w.dueMillis > now) {
                continue; // done, cancelled or already read this tick
            }
            if (!w.needsDetail && w.ref().api() == JobRef.Api.V1 && !listed) {
                listed = true;
                if (!listV1(due, now)) {
                    return;
                }
            } else if (!w.needsDetail && w.ref().api() == JobRef.Api.V2 && !searched) {
                searched = true;
                if (!searchV2(due, now)) {
                    return;
                }
            }
            if (watches.get(w.ref()) == w && w.dueMillis <= now && w.needsDetail && !readDetail(w, now)) {
                return;
            }
        }
    }

    /**
     * Reads the v1 list, newest first, until every due v1 job was seen; false when the budget ran out.
     * The first page is only as long as {@link ListWindow} says the jobs due soon need; when a due job
     * is not on it (more jobs were created since than the window allows for), the list is read again
     * in full pages.
     */
    private boolean listV1(List<Watch> due, long now) {
        Map<Long, List<Watch>> wanted = new HashMap<>();
        for (Watch w : due) {
            if (w.ref().api() == JobRef.Api.V1 && !w.needsDetail) {
                wanted.computeIfAbsent(w.ref().v1JobId(), id -> new ArrayList<>()).add(w);
            }
        }
        Map<Long, List<Watch>> notDue = new HashMap<>();
        List<Watch> dueSoon = new ArrayList<>();
        sortByDue(JobRef.Api.V1, now, dueSoon, notDue, w -> w.ref().v1JobId());
        ListTrainingJobsQuery query = ListTrainingJobsQuery.builder().perPage(V1_PAGE).page(1)
                .sortBy("create_time").order("desc").build();
        Pager pager = (perPage, page) -> {
            TrainingJobList list = shared(wanted.values(), query.withPerPage(perPage).withPage(page + 1),
                    q -> jobs.client().jobsV1().list(q));
            if (list == null) {
                return null;
            }
            List<Long> ids = list.jobs().stream().map(TrainingJobSummary::jobId).toList();
            v1Window.count(list.jobTotalCount(), now);
            for (TrainingJobSummary summary : list.jobs()) {
                List<Watch> ws = summary.jobId() == null ? null : wanted.remove(summary.jobId());
                if (ws != null) {
                    ws.forEach(w -> fromSummary(w, summary, now));
                }
                List<Watch> early = summary.jobId() == null ? null : notDue.remove(summary.jobId());
                if (early != null) {
                    early.forEach(w -> fromSummary(w, summary, now)); // free news: read early, due later
                }
            }
            return new Page<>(ids, list.jobTotalCount());
        };
        Map<Long, List<Watch>> rows = byKey(dueSoon, notDue, w -> w.ref().v1JobId());
        if (!readPages(pager, v1Window, dueSoon, wanted, rows, ListTrainingJobsQuery.MAX_PAGE, now)) {
            return false;
        }
        wanted.values().forEach(ws -> ws.forEach(w -> w.needsDetail = true)); // not in the list: read the detail
        return true;
    }

    private void fromSummary(Watch w, TrainingJobSummary summary, long now) {
        Long version = w.ref().versionId();
        if (summary.versionId() == null || (version != null && !version.equals(summary.versionId()))) {
            w.needsDetail = true; // an older version: only its detail tells
            return;
        }
        JobRef ref = version == null ? w.ref().withVersion(summary.versionId()) : w.ref();
        V1Status status = new V1Status(summary.status());
        apply(w, new JobSnapshot(ref, status.state(), status.toString(), summary.duration(), summary), now);
    }

    /**
     * Pages the v2 search of active jobs until every due v2 job was seen; false when the budget ran out.
     * Once the creation time of every job it is for is known, only jobs created since the oldest of
     * them are searched ({@link CreationRange}).
     */
    private boolean searchV2(List<Watch> due, long now) {
        Map<String, List<Watch>> wanted = new HashMap<>();
        for (Watch w : due) {
            if (w.ref().api() == JobRef.Api.V2 && !w.needsDetail) {
                wanted.put(v2Key(w), new ArrayList<>(List.of(w)));
            }
        }
        Map<String, List<Watch>> notDue = new HashMap<>();
        List<Watch> dueSoon = new ArrayList<>();
        sortByDue(JobRef.Api.V2, now, dueSoon, notDue, PollGroup::v2Key);
        Map<String, List<Watch>> rows = byKey(dueSoon, notDue, PollGroup::v2Key);
        List<Watch> sought = new ArrayList<>();
        wanted.values().forEach(sought::addAll);
        rows.values().forEach(sought::addAll);
        SearchTrainingJobsRequest.Builder search = SearchTrainingJobsRequest.builder().limit(V2_PAGE)
                .filter(SearchTrainingJobsRequest.Filter.in("phase", ACTIVE_PHASES));
        SearchTrainingJobsRequest.Filter created = CreationRange.of(sought, now);
        if (created != null) {
            search.filter(created); // only jobs as new as the oldest waited one
        }
        SearchTrainingJobsRequest request = search.build();
        Pager pager = (limit, page) -> {
            TrainingJobSearchResult result = shared(wanted.values(), request.withLimit(limit).withOffset(page),
                    r -> jobs.client().jobsV2().search(r));
            if (result == null) {
                return null;
            }
            v2Window.count(result.count(), now);
            List<String> ids = new ArrayList<>();
            for (TrainingJob job : result.items()) {
                String id = job.id() == null ? null : job.id().toLowerCase(Locale.ROOT);
                ids.add(id);
                List<Watch> ws = id == null ? null : wanted.remove(id);
                ws = ws != null || id == null ? ws : notDue.remove(id); // a not-yet-due job: free news
                if (ws != null) {
                    ws.forEach(w -> learnCreation(w, job));
                    String phase = job.phase();
                    ws.forEach(w -> apply(w, new JobSnapshot(w.ref(), JobState.ofV2(phase), phase == null ? "unknown" : phase,
                            job.status() == null ? null : job.status().duration(), null), now));
                }
            }
            return new Page<>(ids, result.count());
        };
        if (!readPages(pager, v2Window, dueSoon, wanted, rows, Integer.MAX_VALUE, now)) {
            return false;
        }
        wanted.values().forEach(ws -> ws.forEach(w -> w.needsDetail = true)); // not active any more: probably ended
        return true;
    }

    /** Keeps {@code metadata.create_time} of a read of {@code w}'s v2 job, for {@link CreationRange}. */
    private static void learnCreation(Watch w, TrainingJob job) {
        Long created = job.metadata() == null ? null : job.metadata().createTime();
        if (created != null && created >= 0) {
            w.createdMillis = created;
        }
    }

    private static String v2Key(Watch w) {
        return w.ref().jobId().toLowerCase(Locale.ROOT);
    }

    /**
     * Files the watches a shared read of {@code api} answers (not those waiting for a detail read) under
     * due soon (for the window) and not due (for free news), by {@code key}.
     */
    private <K> void sortByDue(JobRef.Api api, long now, List<Watch> dueSoon, Map<K, List<Watch>> notDue,
            java.util.function.Function<Watch, K> key) {
        long soon = now + coalescingHorizon();
        for (Watch w : watches.values()) {
            if (w.ref().api() != api || w.needsDetail) {
                continue;
            }
            if (w.dueMillis <= soon) {
                dueSoon.add(w);
            }
            if (w.dueMillis > now) {
                notDue.computeIfAbsent(key.apply(w), k -> new ArrayList<>()).add(w);
            }
        }
    }

    /** Every watch of a shared read by its key, to record the row each is seen at. */
    private static <K> Map<K, List<Watch>> byKey(List<Watch> dueSoon, Map<K, List<Watch>> notDue,
            java.util.function.Function<Watch, K> key) {
        Map<K, List<Watch>> all = new HashMap<>();
        notDue.forEach((k, ws) -> all.put(k, new ArrayList<>(ws)));
        for (Watch w : dueSoon) {
            List<Watch> ws = all.computeIfAbsent(key.apply(w), k -> new ArrayList<>());
            if (!ws.contains(w)) {
                ws.add(w);
            }
        }
        return all;
    }

    /**
     * How far ahead a shared read's window also reaches for jobs that are not due yet: one and a half
     * times the shorter interval. Those would otherwise cost a call of their own before the next
     * jittered read; jobs due later are read later, so a page need not reach down to them now.
     */
    private long coalescingHorizon() {
        return 3 * Math.min(settings.pendingInterval().toMillis(), settings.runningInterval().toMillis()) / 2;
    }

    /** One page of a shared read: the ids on it in order, and how many rows the read has (null if not said). */
    private record Page<K>(List<K> ids, Number count) {}

    /** Reads page {@code page} (from 0) of {@code size} rows and applies it; null when the call failed for good. */
    private interface Pager {
        Page<?> read(int size, int page);
    }

    /**
     * Reads pages until every wanted job was seen: first one page of the window's rows, and when
     * that misses a wanted job and the read goes on, again from the top in full pages. Records each
     * watch's row. False when the budget ran out.
     */
    private <K> boolean readPages(Pager pager, ListWindow window, List<Watch> dueSoon, Map<K, List<Watch>> wanted,
            Map<K, List<Watch>> rows, int maxPages, long now) {
        int first = window.rows(dueSoon);
        for (int size : first < window.fullPage() ? new int[] {first, window.fullPage()} : new int[] {window.fullPage()}) {
            int pages = size < window.fullPage() ? 1 : maxPages;
            for (int page = 0; !wanted.isEmpty() && page < pages; page++) {
                if (!take(now)) {
                    return false;
                }
                Page<?> read = pager.read(size, page);
                if (read == null) {
                    wanted.clear(); // failed for good: shared(...) ended their waits
                    return true;
                }
                int row = page * size;
                for (Object id : read.ids()) {
                    List<Watch> ws = rows.get(id);
                    if (ws != null) {
                        for (Watch w : ws) {
                            w.listRow = row;
                        }
                    }
                    row++;
                }
                long count = read.count() == null ? Long.MAX_VALUE : read.count().longValue();
                if (read.ids().size() < size || (long) (page + 1) * size >= count) {
                    return true; // the end of the read
                }
            }
        }
        return true;
    }

    /**
     * A shared call. A transient failure propagates (the whole group backs off); any other failure
     * (401, 403, a bad request) ends every waiter the call was for, and null is returned.
     */
    private <Q, R> R shared(Iterable<? extends List<Watch>> forWatches, Q query, java.util.function.Function<Q, R> call) {
        requests++;
        try {
            return call.apply(query);
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            for (List<Watch> ws : forWatches) {
                ws.forEach(w -> fail(w, e));
            }
            return null;
        }
    }

    /** Reads one job's detail; false when the budget ran out. */
    private boolean readDetail(Watch w, long now) {
        if (!take(now)) {
            return false;
        }
        requests++;
        JobSnapshot snapshot;
        try {
            snapshot = jobs.read(w.ref());
        } catch (RuntimeException e) {
            if (isTransient(e)) {
                throw e;
            }
            fail(w, e); // 404, 401...: only this waiter
            return true;
        }
        if (w.ref().api() == JobRef.Api.V2) {
            w.needsDetail = false; // still active after all: back to the shared search
            if (snapshot.detail() instanceof TrainingJob job) {
                learnCreation(w, job);
            }
        }
        apply(w, snapshot, now);
        return true;
    }

    private void apply(Watch w, JobSnapshot snapshot, long now) {
        if (w.observe(snapshot)) {
            remove(w);
        } else {
            java.time.Duration own = w.interval;
            w.dueMillis = now + jittered(own != null ? own : settings.intervalFor(snapshot.state()));
        }
    }

    private void fail(Watch w, RuntimeException e) {
        remove(w);
        w.fail(e);
    }

    private boolean take(long now) {
        return budget.tryTake(now);
    }

    long jittered(Duration interval) {
        long millis = interval.toMillis();
        long spread = (long) (millis * settings.jitter());
        return spread <= 0 ? millis : millis - spread + (long) (random.nextDouble() * 2 * spread);
    }

    /** Throttling, a server error or an I/O failure: worth asking again later. */
    static boolean isTransient(RuntimeException e) {
        return e instanceof ModelArtsException m && m.isTransient();
    }
}
