package io.jenkins.plugins.modelarts.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class JobPollerTest {
    private static final int PENDING = 1;
    private static final int RUNNING = 8;
    private static final int COMPLETED = 10;
    private static final int FAILED = 11;

    private final ManualClock clock = new ManualClock();
    private final FakeApi api = new FakeApi();
    private final ModelArtsClient client = ModelArtsClient.create(api);
    private PollerSettings settings = PollerSettings.defaults().withJitter(0).withMaxRequestsPerMinute(1000);

    private JobPoller poller() {
        return new JobPoller(clock, settings, new Random(42));
    }

    private void advance(long seconds, JobPoller poller) {
        for (long i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            poller.tick();
        }
    }

    private static String uuid(int i) {
        return String.format("00000000-0000-4000-8000-%012d", i);
    }

    @Test
    void manyV1JobsCostOneListCallPerTickNotOneCallPerJob() {
        JobPoller poller = poller();
        List<Watch> watches = new ArrayList<>();
        for (long id = 1; id <= 100; id++) {
            api.v1(id, 1, RUNNING);
            watches.add(poller.watch(client, JobRef.v1(id, 1)));
        }
        poller.tick();
        assertThat(api.calls).hasSize(1).allMatch(FakeApi::isList);
        advance(60, poller);
        assertThat(api.calls).hasSize(2).allMatch(FakeApi::isList);
        assertThat(watches).allMatch(w -> w.lastState() == JobState.RUNNING);
    }

    @Test
    void theV1ListIsPagedOnlyUntilEveryWaitedJobWasSeen() {
        for (long id = 1; id <= 2500; id++) {
            api.v1(id, 1, RUNNING);
        }
        JobPoller poller = poller();
        poller.watch(client, JobRef.v1(2500, 1)); // the newest: on page 1
        poller.tick();
        assertThat(api.calls).hasSize(1);
        poller.watch(client, JobRef.v1(1, 1)); // the oldest: on page 3
        clock.advance(Duration.ofSeconds(60));
        poller.tick();
        assertThat(api.calls).hasSize(4).allMatch(FakeApi::isList);
    }

    @Test
    void aWaitedVersionThatIsNotTheLatestIsReadThroughItsVersionDetail() {
        api.v1(10, 1, RUNNING).v1(10, 2, RUNNING).v1(11, 1, RUNNING);
        JobPoller poller = poller();
        Watch old = poller.watch(client, JobRef.v1(10, 1));
        poller.watch(client, JobRef.v1(11, 1));
        poller.tick();
        assertThat(api.calls).hasSize(2);
        assertThat(api.calls.get(1).describe()).isEqualTo("GET /v1/{project_id}/training-jobs/10/versions/1");
        assertThat(old.lastState()).isEqualTo(JobState.RUNNING);

        api.v1(10, 1, COMPLETED);
        advance(60, poller);
        assertThat(old.result()).isCompleted();
        assertThat(old.result().join().detail()).isNotNull();
    }

    @Test
    void aV1JobMissingFromTheListIsReadThroughItsVersionDetail() {
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        Watch missing = poller.watch(client, JobRef.v1(99, 3));
        poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        assertThat(api.calls).hasSize(2);
        assertThat(api.calls.get(1).describe()).endsWith("training-jobs/99/versions/3");
        assertThat(missing.result()).isCompletedExceptionally(); // the fake has no such job: 404
    }

    @Test
    void activeV2JobsAreReadThroughOneSearchAndAnEndedOneThroughItsDetailOnce() {
        JobPoller poller = poller();
        List<Watch> watches = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            api.v2(uuid(i), "Running");
            watches.add(poller.watch(client, JobRef.v2(uuid(i))));
        }
        poller.tick();
        assertThat(api.calls).hasSize(3).allMatch(FakeApi::isSearch); // 120 jobs, 50 a page

        api.v2(uuid(7), "Completed");
        advance(60, poller);
        assertThat(api.calls).hasSize(7);
        assertThat(api.calls.subList(3, 6)).allMatch(FakeApi::isSearch);
        assertThat(api.calls.get(6).describe()).endsWith("training-jobs/" + uuid(7));
        assertThat(watches.get(6).result()).isCompleted();
        assertThat(watches.get(6).result().join().state()).isEqualTo(JobState.COMPLETED);
        assertThat(poller.watching()).isEqualTo(119);
    }

    @Test
    void aTerminalStateSeenInTheListIsNotifiedInTheSameTick() {
        api.v1(10, 1, COMPLETED).v1(11, 1, FAILED);
        JobPoller poller = poller();
        Watch done = poller.watch(client, JobRef.v1(10, 1));
        Watch failed = poller.watch(client, JobRef.v1(11, 1));
        poller.tick();
        assertThat(done.result().join().state()).isEqualTo(JobState.COMPLETED);
        assertThat(failed.result().join().state()).isEqualTo(JobState.FAILED);
        assertThat(api.calls).hasSize(1);
        assertThat(poller.watching()).isZero();
    }

    @Test
    void listenersHearEachStateChangeOnce() {
        api.v1(10, 1, PENDING);
        JobPoller poller = poller();
        List<JobState> heard = new ArrayList<>();
        Watch watch = poller.watch(client, JobRef.v1(10, 1), s -> heard.add(s.state()));
        poller.tick();
        advance(15, poller);
        api.v1(10, 1, RUNNING);
        advance(15, poller);
        api.v1(10, 1, COMPLETED);
        advance(60, poller);
        assertThat(heard).containsExactly(JobState.PENDING, JobState.RUNNING, JobState.COMPLETED);
        assertThat(watch.result()).isCompleted();
    }

    @Test
    void pendingJobsAreReadEvery15SecondsAndRunningJobsEvery60() {
        api.v1(10, 1, PENDING);
        JobPoller poller = poller();
        poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        advance(14, poller);
        assertThat(api.calls).hasSize(1);
        advance(1, poller);
        assertThat(api.calls).hasSize(2);

        api.v1(10, 1, RUNNING);
        advance(15, poller);
        assertThat(api.calls).hasSize(3);
        advance(59, poller);
        assertThat(api.calls).hasSize(3);
        advance(1, poller);
        assertThat(api.calls).hasSize(4);
    }

    @Test
    void aListCallAlsoRefreshesWaitedJobsThatAreNotYetDueSoTheirReadsCoalesce() {
        api.v1(10, 1, PENDING).v1(11, 1, PENDING);
        JobPoller poller = poller();
        Watch first = poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        clock.advance(Duration.ofSeconds(5));
        poller.watch(client, JobRef.v1(11, 1));
        api.v1(10, 1, RUNNING);
        poller.tick(); // for job 11, and job 10 rides along
        assertThat(api.calls).hasSize(2);
        assertThat(first.lastState()).isEqualTo(JobState.RUNNING);
        advance(15, poller); // job 11 (pending) is due again at 20 s; job 10 (running) not before 65 s
        assertThat(api.calls).hasSize(3);
    }

    @Test
    void intervalsAreConfigurableAndJitterSpreadsThemWithinTheFraction() {
        settings = settings.withIntervals(Duration.ofSeconds(10), Duration.ofSeconds(100)).withJitter(0.2);
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        Watch watch = poller.watch(client, JobRef.v1(10, 1));
        Set<Long> gaps = new LinkedHashSet<>();
        long last = clock.millis();
        poller.tick();
        for (int i = 0; i < 2000 && gaps.size() < 5; i++) {
            long before = api.calls.size();
            clock.advance(Duration.ofSeconds(1));
            poller.tick();
            if (api.calls.size() > before) {
                gaps.add((clock.millis() - last) / 1000);
                last = clock.millis();
            }
        }
        assertThat(gaps).hasSizeGreaterThan(1).allMatch(g -> g >= 80 && g <= 121);
        assertThat(watch.isDone()).isFalse();
    }

    @Test
    void aWaiterCanAskForItsOwnPollInterval() {
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        ConnectionKey key = new ConnectionKey("https://modelarts.example", "p", "creds");
        poller.watch(key, client, JobRef.v1(10, 1), StateListener.NONE, Duration.ofSeconds(5));
        poller.tick();
        advance(20, poller); // default running interval is 60 s; this waiter asked for 5 s
        assertThat(api.calls).hasSize(5).allMatch(FakeApi::isList);
    }

    @Test
    void anOwnPollIntervalMustBePositive() {
        ConnectionKey key = new ConnectionKey("https://modelarts.example", "p", "creds");
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> poller().watch(key, client, JobRef.v1(10, 1), StateListener.NONE, Duration.ZERO));
    }

    @Test
    void throttlingBacksOffExponentiallyBetweenTicks() {
        api.v1(10, 1, RUNNING).failOnce(FakeApi::isList, FakeApi.error(429, "APIGW.0308"))
                .failOnce(FakeApi::isList, FakeApi.error(503, null));
        JobPoller poller = poller();
        Watch watch = poller.watch(client, JobRef.v1(10, 1));
        poller.tick(); // 429: pause 5 s
        advance(4, poller);
        assertThat(api.calls).hasSize(1);
        advance(1, poller); // 503: pause 10 s
        assertThat(api.calls).hasSize(2);
        advance(9, poller);
        assertThat(api.calls).hasSize(2);
        advance(1, poller);
        assertThat(api.calls).hasSize(3);
        assertThat(watch.lastState()).isEqualTo(JobState.RUNNING);
        assertThat(watch.result()).isNotDone();
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonoured() {
        settings = settings.withRetryAfter(e -> Optional.of(Duration.ofSeconds(120)));
        api.v1(10, 1, RUNNING).failOnce(FakeApi::isList, FakeApi.error(429, null));
        JobPoller poller = poller();
        poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        advance(119, poller);
        assertThat(api.calls).hasSize(1);
        advance(1, poller);
        assertThat(api.calls).hasSize(2);
    }

    @Test
    void byDefaultTheServersRetryAfterCarriedByTheErrorIsHonoured() {
        api.v1(10, 1, RUNNING).failOnce(FakeApi::isList, FakeApi.error(429, "APIGW.0308").withRetryAfter(Duration.ofSeconds(90)));
        JobPoller poller = poller();
        poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        advance(89, poller);
        assertThat(api.calls).hasSize(1);
        advance(1, poller);
        assertThat(api.calls).hasSize(2);
    }

    @Test
    void theRequestBudgetCapsRequestsPerMinuteAndNoJobStarves() {
        settings = settings.withMaxRequestsPerMinute(4).withIntervals(Duration.ofSeconds(1), Duration.ofSeconds(1));
        api.v1(100, 9, RUNNING); // every waited version is older than 9: each needs its own detail read
        JobPoller poller = poller();
        for (long v = 1; v <= 8; v++) {
            api.v1(100, v, RUNNING);
            poller.watch(client, JobRef.v1(100, v));
        }
        List<String> order = new ArrayList<>();
        for (int minute = 0; minute < 5; minute++) {
            for (int s = 0; s < 60; s++) {
                int before = api.calls.size();
                poller.tick();
                api.calls.subList(before, api.calls.size()).stream().filter(FakeApi::isDetail)
                        .map(ApiRequest::describe).forEach(order::add);
                clock.advance(Duration.ofSeconds(1));
            }
            assertThat(api.calls.size()).isLessThanOrEqualTo(4 * (minute + 1));
        }
        // Oldest due first: each of the 8 versions is read once before any is read twice, and the reads stay even.
        assertThat(new LinkedHashSet<>(order.subList(0, 8))).hasSize(8);
        assertThat(order).hasSize(19);
        java.util.Map<String, Long> perVersion = order.stream()
                .collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()));
        assertThat(perVersion).hasSize(8);
        assertThat(perVersion.values()).allMatch(n -> n == 2 || n == 3);
    }

    @Test
    void cancelUnregistersTheWaiterAndCancelsItsFuture() {
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        Watch watch = poller.watch(client, JobRef.v1(10, 1));
        watch.cancel();
        poller.tick();
        assertThat(api.calls).isEmpty();
        assertThat(watch.result()).isCancelled();
        assertThat(poller.watching()).isZero();
        assertThat(poller.groups()).isZero();
    }

    @Test
    void watchingTheSameJobAgainAttachesToTheExistingWatch() {
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        List<JobState> heard = new ArrayList<>();
        Watch first = poller.watch(client, JobRef.v1(10, 1));
        Watch again = poller.watch(client, JobRef.v1(10, 1), s -> heard.add(s.state()));
        assertThat(again).isSameAs(first);
        assertThat(poller.watching()).isEqualTo(1);
        poller.tick();
        assertThat(api.calls).hasSize(1);
        assertThat(heard).containsExactly(JobState.RUNNING);
    }

    @Test
    void aReleasedWatchIsPolledOnlyWhileAnotherWaiterOfTheSameJobHoldsIt() {
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        List<String> heard = new ArrayList<>();
        StateListener first = s -> heard.add("first " + s.state());
        StateListener second = s -> heard.add("second " + s.state());
        Watch watch = poller.watch(client, JobRef.v1(10, 1), first);
        poller.watch(client, JobRef.v1(10, 1), second);

        watch.release(first);
        poller.tick();
        assertThat(poller.watching()).as("the second waiter still waits").isEqualTo(1);
        assertThat(watch.result()).isNotDone();
        assertThat(heard).containsExactly("second RUNNING");

        watch.release(second);
        clock.advance(Duration.ofSeconds(120));
        poller.tick();
        assertThat(api.calls).hasSize(1);
        assertThat(watch.result()).isCancelled();
        assertThat(poller.watching()).isZero();
        assertThat(poller.groups()).isZero();
    }

    @Test
    void aNotFoundJobFailsOnlyItsOwnWaiter() {
        api.v1(10, 1, RUNNING).v1(10, 2, RUNNING).v1(11, 1, RUNNING)
                .failOnce(r -> r.describe().endsWith("training-jobs/10/versions/1"), FakeApi.error(404, "ModelArts.0110"));
        JobPoller poller = poller();
        Watch gone = poller.watch(client, JobRef.v1(10, 1));
        Watch other = poller.watch(client, JobRef.v1(11, 1));
        Watch latest = poller.watch(client, JobRef.v1(10, 2));
        poller.tick();
        assertThat(gone.result()).isCompletedExceptionally();
        assertThat(gone.result().handle((s, e) -> e).join()).isInstanceOf(ApiException.class);
        assertThat(other.result()).isNotDone();
        assertThat(latest.result()).isNotDone();
        assertThat(poller.watching()).isEqualTo(2);
    }

    @Test
    void anAuthenticationFailureOnTheSharedListFailsTheWaitersItWasFor() {
        api.v1(10, 1, RUNNING).failOnce(FakeApi::isList, FakeApi.error(401, "APIGW.0301"));
        JobPoller poller = poller();
        Watch watch = poller.watch(client, JobRef.v1(10, 1));
        poller.tick();
        assertThat(watch.result()).isCompletedExceptionally();
        assertThat(watch.result().handle((s, e) -> e instanceof CompletionException ? e.getCause() : e).join())
                .isInstanceOf(ApiException.class);
    }

    @Test
    void eachClientIsItsOwnGroupWithItsOwnListCall() {
        FakeApi otherApi = new FakeApi().v1(20, 1, RUNNING);
        ModelArtsClient other = ModelArtsClient.create(otherApi);
        api.v1(10, 1, RUNNING);
        JobPoller poller = poller();
        IntStream.range(0, 3).forEach(i -> {
            poller.watch(client, JobRef.v1(10, 1));
            poller.watch(other, JobRef.v1(20, 1));
        });
        poller.tick();
        assertThat(poller.groups()).isEqualTo(2);
        assertThat(api.calls).hasSize(1);
        assertThat(otherApi.calls).hasSize(1);
        assertThat(poller.requestsSent()).isEqualTo(2);
    }

    @Test
    void jobsWatchedUnderEqualConnectionKeysShareOneGroupAndTheNewestClient() {
        FakeApi restarted = new FakeApi().v1(10, 1, RUNNING).v1(11, 1, RUNNING);
        api.v1(10, 1, RUNNING).v1(11, 1, RUNNING);
        JobPoller poller = poller();
        ConnectionKey key = new ConnectionKey("https://modelarts.example", "p1", "cred-1");
        Watch first = poller.watch(key, client, JobRef.v1(10, 1), StateListener.NONE);
        Watch again = poller.watch(new ConnectionKey("https://modelarts.example", "p1", "cred-1"),
                ModelArtsClient.create(restarted), JobRef.v1(10, 1), StateListener.NONE);
        poller.watch(key, ModelArtsClient.create(restarted), JobRef.v1(11, 1), StateListener.NONE);
        assertThat(again).isSameAs(first);
        assertThat(poller.groups()).isEqualTo(1);
        poller.tick();
        assertThat(api.calls).isEmpty();
        assertThat(restarted.calls).hasSize(1).allMatch(FakeApi::isList);
    }

    @Test
    void aListenerMayCancelItsWatchAndRegisterAnotherJobDuringATick() {
        api.v1(10, 1, RUNNING).v1(11, 1, RUNNING);
        JobPoller poller = poller();
        Watch[] self = new Watch[1];
        Watch[] added = new Watch[1];
        self[0] = poller.watch(client, JobRef.v1(10, 1), s -> {
            self[0].cancel();
            added[0] = poller.watch(client, JobRef.v1(11, 1));
        });
        poller.tick();
        assertThat(self[0].result()).isCancelled();
        assertThat(poller.watching()).isEqualTo(1);
        clock.advance(Duration.ofSeconds(1));
        poller.tick();
        assertThat(added[0].lastState()).isEqualTo(JobState.RUNNING);
        assertThat(api.calls).hasSize(2);
    }

    @Test
    void startSchedulesOneRepeatingTickAndCloseCancelsIt() {
        java.util.concurrent.ScheduledThreadPoolExecutor scheduler = new java.util.concurrent.ScheduledThreadPoolExecutor(1);
        scheduler.setRemoveOnCancelPolicy(true);
        try {
            JobPoller poller = poller();
            poller.start(scheduler);
            assertThat(scheduler.getQueue()).hasSize(1);
            poller.close();
            assertThat(scheduler.getQueue()).isEmpty();
        } finally {
            scheduler.shutdownNow();
        }
    }

    @Test
    void aJobSnapshotCompletesWithTheWaitedReference() {
        api.v1(10, 1, COMPLETED);
        JobPoller poller = poller();
        JobSnapshot snapshot = poller.watch(client, JobRef.v1(10, 1)).result().getNow(null);
        assertThat(snapshot).isNull();
        poller.tick();
        assertThat(poller.watch(client, JobRef.v1(10, 1)).result()).isNotDone(); // a new watch after the end
    }
}
