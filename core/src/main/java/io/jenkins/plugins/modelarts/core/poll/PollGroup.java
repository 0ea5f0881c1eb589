package io.jenkins.plugins.modelarts.core.poll;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
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
 * list (1000 jobs a page, newest first) for every due v1 job, one v2 search of the active phases
 * (50 a page) for every due v2 job, and a detail read for each job those cannot answer. All under
 * one request budget and one backoff. A list or search page also refreshes waited jobs that are
 * not due yet (their next read moves on), so the reads of many jobs fall into the same calls.
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

    /** Pages the v1 list until every due v1 job was seen; false when the budget ran out. */
    private boolean listV1(List<Watch> due, long now) {
        Map<Long, List<Watch>> wanted = new HashMap<>();
        for (Watch w : due) {
            if (w.ref().api() == JobRef.Api.V1 && !w.needsDetail) {
                wanted.computeIfAbsent(w.ref().v1JobId(), id -> new ArrayList<>()).add(w);
            }
        }
        Map<Long, List<Watch>> notDue = new HashMap<>();
        for (Watch w : watches.values()) {
            if (w.ref().api() == JobRef.Api.V1 && !w.needsDetail && w.dueMillis > now) {
                notDue.computeIfAbsent(w.ref().v1JobId(), id -> new ArrayList<>()).add(w);
            }
        }
        ListTrainingJobsQuery query = ListTrainingJobsQuery.builder()
                .perPage(V1_PAGE).page(1).sortBy("create_time").order("desc").build();
        for (int page = 1; !wanted.isEmpty() && page <= ListTrainingJobsQuery.MAX_PAGE; page++) {
            if (!take(now)) {
                return false;
            }
            TrainingJobList list = shared(wanted.values(), query.withPage(page), q -> jobs.client().jobsV1().list(q));
            if (list == null) {
                return true;
            }
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
            long total = list.jobTotalCount() == null ? Long.MAX_VALUE : list.jobTotalCount();
            if (list.jobs().size() < V1_PAGE || (long) page * V1_PAGE >= total) {
                break;
            }
        }
        wanted.values().forEach(ws -> ws.forEach(w -> w.needsDetail = true));
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

    /** Pages the v2 search of active jobs until every due v2 job was seen; false when the budget ran out. */
    private boolean searchV2(List<Watch> due, long now) {
        Map<String, Watch> wanted = new HashMap<>();
        for (Watch w : due) {
            if (w.ref().api() == JobRef.Api.V2 && !w.needsDetail) {
                wanted.put(w.ref().jobId().toLowerCase(Locale.ROOT), w);
            }
        }
        Map<String, Watch> notDue = new HashMap<>();
        for (Watch w : watches.values()) {
            if (w.ref().api() == JobRef.Api.V2 && !w.needsDetail && w.dueMillis > now) {
                notDue.put(w.ref().jobId().toLowerCase(Locale.ROOT), w);
            }
        }
        SearchTrainingJobsRequest request = SearchTrainingJobsRequest.builder().limit(V2_PAGE)
                .filter(SearchTrainingJobsRequest.Filter.in("phase", ACTIVE_PHASES)).build();
        for (int page = 0; !wanted.isEmpty(); page++) {
            if (!take(now)) {
                return false;
            }
            TrainingJobSearchResult result = shared(wanted.values().stream().map(List::of).toList(),
                    request.withOffset(page), r -> jobs.client().jobsV2().search(r));
            if (result == null) {
                return true;
            }
            for (TrainingJob job : result.items()) {
                String id = job.id() == null ? null : job.id().toLowerCase(Locale.ROOT);
                Watch w = id == null ? null : wanted.remove(id);
                w = w != null || id == null ? w : notDue.remove(id); // a not-yet-due job: free news
                if (w != null) {
                    String phase = job.phase();
                    apply(w, new JobSnapshot(w.ref(), JobState.ofV2(phase), phase == null ? "unknown" : phase,
                            job.status() == null ? null : job.status().duration(), null), now);
                }
            }
            int count = result.count() == null ? Integer.MAX_VALUE : result.count();
            if (result.items().size() < V2_PAGE || (long) (page + 1) * V2_PAGE >= count) {
                break;
            }
        }
        wanted.values().forEach(w -> w.needsDetail = true); // not active any more: probably ended
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
