package io.jenkins.plugins.modelarts.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The shared reads ask for as many rows as the waited jobs need, not a full page each time (issue 16). */
class JobPollerPageSizeTest {
    private static final int RUNNING = 8;
    private static final int COMPLETED = 10;

    private final ManualClock clock = new ManualClock();
    private final FakeApi api = new FakeApi();
    private final ModelArtsClient client = ModelArtsClient.create(api);
    private final JobPoller poller = new JobPoller(clock,
            PollerSettings.defaults().withJitter(0).withMaxRequestsPerMinute(1000), new Random(42));

    private void advance(long seconds) {
        for (long i = 0; i < seconds; i++) {
            clock.advance(Duration.ofSeconds(1));
            poller.tick();
        }
    }

    private static int perPage(ApiRequest list) {
        return Integer.parseInt(param(list, "per_page"));
    }

    private static String param(ApiRequest request, String name) {
        return request.query().stream().filter(e -> e.getKey().equals(name)).map(Map.Entry::getValue).findFirst()
                .orElseThrow();
    }

    private static int limit(ApiRequest search) {
        return Json.mapper().valueToTree(search.body()).path("limit").asInt();
    }

    private List<ApiRequest> callsSince(int from) {
        return api.calls.subList(from, api.calls.size());
    }

    /** 2000 running jobs; the newest {@code waited} of them are watched (ids 2000 down). */
    private List<Watch> newestOfTwoThousand(int waited) {
        for (long id = 1; id <= 2000; id++) {
            api.v1(id, 1, RUNNING);
        }
        return java.util.stream.LongStream.rangeClosed(2001 - waited, 2000)
                .mapToObj(id -> poller.watch(client, JobRef.v1(id, 1))).toList();
    }

    @Test
    void onceEveryWaitedJobsRowIsKnownTheListIsReadOnlyDownToTheDeepestPlusSlack() {
        newestOfTwoThousand(5); // rows 0-4 of the newest-first list
        poller.tick();
        assertThat(api.calls).hasSize(1);
        assertThat(perPage(api.calls.get(0))).isEqualTo(1000); // rows unknown yet: a full page

        advance(60);
        assertThat(callsSince(1)).hasSize(1).allMatch(FakeApi::isList);
        assertThat(perPage(api.calls.get(1))).isEqualTo(5 + ListWindow.MIN_SLACK);
    }

    @Test
    void theWindowShrinksAsTheDeepestWaitedJobsEnd() {
        newestOfTwoThousand(40);
        poller.tick();
        for (long id = 1961; id <= 1980; id++) { // the 20 oldest waited: rows 20-39
            api.v1(id, 1, COMPLETED);
        }
        advance(60);
        assertThat(perPage(api.calls.get(1))).isEqualTo(40 + ListWindow.MIN_SLACK); // sees them end
        advance(60);
        assertThat(callsSince(2)).hasSize(1);
        assertThat(perPage(api.calls.get(2))).isEqualTo(20 + ListWindow.MIN_SLACK);
        assertThat(poller.watching()).isEqualTo(20);
    }

    @Test
    void jobsCreatedBeyondTheSlackAreFoundByReadingAgainInFullPagesAndWidenTheNextWindow() {
        List<Watch> watched = newestOfTwoThousand(5);
        poller.tick();
        for (long id = 2001; id <= 2030; id++) { // 30 newer jobs push the waited ones to rows 30-34
            api.v1(id, 1, RUNNING);
        }
        api.v1(1996, 1, COMPLETED); // the deepest waited job ends meanwhile
        advance(60);
        List<ApiRequest> tick = callsSince(1);
        assertThat(tick).hasSize(2).allMatch(FakeApi::isList);
        assertThat(perPage(tick.get(0))).isEqualTo(15);
        assertThat(perPage(tick.get(1))).isEqualTo(1000);
        assertThat(param(tick.get(1), "page")).isEqualTo("1"); // again from the top
        assertThat(watched.get(0).result()).isCompleted(); // no detail read needed
        assertThat(watched.get(0).result().join().state()).isEqualTo(JobState.COMPLETED);

        advance(60); // rows 30-33 now; the list grew by 30, so the slack is 60
        assertThat(callsSince(3)).hasSize(1);
        assertThat(perPage(api.calls.get(3))).isEqualTo(34 + 2 * 30);
    }

    @Test
    void aJobNotDueSoonDoesNotDeepenTheWindowButWidensItWhenItIsDue() {
        for (long id = 1; id <= 600; id++) {
            api.v1(id, 1, RUNNING);
        }
        ConnectionKey key = new ConnectionKey("https://modelarts.example", "p", "creds");
        poller.watch(key, client, JobRef.v1(600, 1), StateListener.NONE, Duration.ofSeconds(60)); // row 0
        Watch deep = poller.watch(key, client, JobRef.v1(100, 1), StateListener.NONE, Duration.ofSeconds(300)); // row 500
        poller.tick();
        assertThat(api.calls).hasSize(1);

        advance(60); // only the newest job is due, and the deep one is not due for another 4 minutes
        assertThat(callsSince(1)).hasSize(1);
        assertThat(perPage(api.calls.get(1))).isEqualTo(1 + ListWindow.MIN_SLACK);

        api.v1(100, 1, COMPLETED);
        advance(240); // now it is due: the window reaches down to its row
        assertThat(deep.result()).isCompleted();
        assertThat(callsSince(2).stream().mapToInt(JobPollerPageSizeTest::perPage).max().orElse(0))
                .isEqualTo(501 + ListWindow.MIN_SLACK);
        assertThat(api.calls).allMatch(FakeApi::isList); // never a detail read
    }

    @Test
    void theV2SearchOfActiveJobsIsLimitedToTheRowsOfTheWaitedJobs() {
        for (int i = 1; i <= 60; i++) {
            api.v2(String.format("00000000-0000-4000-8000-%012d", i), "Running");
        }
        Watch first = poller.watch(client, JobRef.v2("00000000-0000-4000-8000-000000000001")); // row 0
        Watch third = poller.watch(client, JobRef.v2("00000000-0000-4000-8000-000000000003")); // row 2
        poller.tick();
        assertThat(api.calls).hasSize(1).allMatch(FakeApi::isSearch);
        assertThat(limit(api.calls.get(0))).isEqualTo(50);

        advance(60);
        assertThat(callsSince(1)).hasSize(1).allMatch(FakeApi::isSearch);
        assertThat(limit(api.calls.get(1))).isEqualTo(3 + ListWindow.MIN_SLACK);
        assertThat(List.of(first, third)).allMatch(w -> w.lastState() == JobState.RUNNING);
    }
}
