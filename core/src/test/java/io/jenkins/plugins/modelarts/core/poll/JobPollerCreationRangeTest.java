package io.jenkins.plugins.modelarts.core.poll;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.JobState;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/**
 * The v2 search of active jobs asks only for jobs created since the oldest waited one, once their
 * creation times are known, so other people's older long-running jobs do not fill its pages; a job
 * whose creation time is not known yet is still found by an unnarrowed search.
 */
class JobPollerCreationRangeTest {
    private static final int OTHERS = 120;

    /** One emulated project, a poller and a recording of the v2 searches it sent. */
    private static final class Project implements AutoCloseable {
        final ManualClock clock = new ManualClock();
        final ModelArtsEmulator emulator = ModelArtsEmulator.builder().port(0).clock(clock).build().start();
        final JobPoller poller = new JobPoller(clock, PollerSettings.defaults(), new Random(7));
        final List<ApiRequest> searches = new CopyOnWriteArrayList<>();
        final AtomicLong searchRows = new AtomicLong();
        final TrainingJobs jobs;
        final ModelArtsClient client;

        /** With {@code hideCreateTimes}, the poller's client is never told when a job was created. */
        Project(boolean hideCreateTimes) {
            ApiTransport real = ModelArtsClient.builder().endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                    .clock(clock).credentials(AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                    .buildTransport();
            jobs = new TrainingJobs(ModelArtsClient.create(real));
            client = ModelArtsClient.create(request -> {
                JsonNode answer = real.execute(request);
                if (FakeApi.isSearch(request)) {
                    searches.add(request);
                    searchRows.addAndGet(answer.path("items").size());
                }
                if (hideCreateTimes && answer.isObject()) {
                    answer = answer.deepCopy();
                    answer.findParents("create_time").forEach(p -> ((ObjectNode) p).remove("create_time"));
                }
                return answer;
            });
        }

        JobRef submit(String name, long runSeconds) {
            String spec = """
                    {"kind": "job", "metadata": {"name": "%s"},
                     "algorithm": {"code_dir": "/bench/code/", "boot_file": "/bench/code/train.py",
                       "parameters": [{"name": "%s", "value": "%d"}],
                       "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                     "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                    """.formatted(name, JobScript.RUN_SECONDS, runSeconds);
            return jobs.submit(JobSpecLoader.parse("test job", spec)).ref();
        }

        /** {@link #OTHERS} jobs of other people, running for ten hours, then a minute passes. */
        List<JobRef> othersThenAMinute() {
            List<JobRef> others = new ArrayList<>();
            for (int i = 0; i < OTHERS; i++) {
                others.add(submit("other-" + i, 10 * 3600));
            }
            clock.advance(Duration.ofMinutes(1));
            return others;
        }

        long createdMillis(JobRef ref) {
            return ((TrainingJob) jobs.read(ref).detail()).metadata().createTime();
        }

        void tick(long seconds) {
            for (long s = 0; s < seconds && poller.watching() > 0; s++) {
                clock.advance(Duration.ofSeconds(1));
                poller.tick();
            }
        }

        ApiRequest lastSearch() {
            return searches.get(searches.size() - 1);
        }

        @Override
        public void close() {
            poller.close();
            jobs.client().close();
            emulator.close();
        }
    }

    private static JsonNode createdFilter(ApiRequest search) {
        for (JsonNode f : Json.mapper().valueToTree(search.body()).path("filters")) {
            if (f.path("key").asText().equals("create_time")) {
                return f;
            }
        }
        return null;
    }

    /** What waiting for two short jobs among the others cost, from the emulator's journal and the rows searched. */
    private record Cost(long requests, long searchBytes, long searchRows) {}

    private static Cost waitForTwoShortJobs(boolean hideCreateTimes) {
        try (Project project = new Project(hideCreateTimes)) {
            project.othersThenAMinute();
            JobRef first = project.submit("mine-1", 600);
            project.clock.advance(Duration.ofSeconds(1));
            JobRef second = project.submit("mine-2", 900);
            long oldest = project.createdMillis(first);
            long newer = project.createdMillis(second);
            project.emulator.journal().clear();
            Watch a = project.poller.watch(project.client, first);
            Watch b = project.poller.watch(project.client, second);

            project.tick(3600);

            assertThat(List.of(a, b)).allSatisfy(w -> assertThat(w.result()).isCompleted());
            assertThat(List.of(a, b)).extracting(w -> w.result().join().state()).containsOnly(JobState.COMPLETED);
            List<ApiRequest> searches = project.searches;
            assertThat(createdFilter(searches.get(0))).as("first search: no creation time known yet").isNull();
            if (hideCreateTimes) {
                assertThat(searches).allSatisfy(s -> assertThat(createdFilter(s)).isNull());
            } else {
                assertThat(searches.subList(1, searches.size())).isNotEmpty().allSatisfy(s -> {
                    JsonNode f = createdFilter(s);
                    assertThat(f).isNotNull();
                    assertThat(f.path("operator").asText()).isEqualTo("between");
                    assertThat(f.path("value").get(0).asLong()).isIn(oldest - 1000, newer - 1000); // the oldest still waited
                    assertThat(f.path("value").get(1).asLong()).isGreaterThan(oldest + Duration.ofDays(1).toMillis());
                });
                assertThat(createdFilter(searches.get(1)).path("value").get(0).asLong()).isEqualTo(oldest - 1000);
                assertThat(createdFilter(project.lastSearch()).path("value").get(0).asLong()).isEqualTo(newer - 1000);
            }
            return new Cost(project.emulator.journal().size(),
                    project.emulator.journal().responseBytes("POST", ".*/training-job-searches"), project.searchRows.get());
        }
    }

    @Test
    void onceCreationTimesAreKnownOlderJobsOfOtherPeopleAreNotSearchedAndTheWaitedJobsStillEnd() {
        Cost narrowed = waitForTwoShortJobs(false);
        Cost unnarrowed = waitForTwoShortJobs(true); // the same wait, as before: no creation time ever known

        // when the first job ends, the unnarrowed search pages through all 120 other active jobs first
        assertThat(narrowed.requests()).isLessThan(unnarrowed.requests());
        assertThat(narrowed.searchRows()).isLessThan(unnarrowed.searchRows() / 3);
        assertThat(narrowed.searchBytes()).isLessThan(unnarrowed.searchBytes() / 3);
    }

    @Test
    void aJobWhoseCreationTimeIsNotKnownYetIsFoundByAnUnnarrowedSearchEvenWhenOlderThanTheRange() {
        try (Project project = new Project(false)) {
            List<JobRef> others = project.othersThenAMinute();
            JobRef mine = project.submit("mine", 3600);
            Watch watched = project.poller.watch(project.client, mine);
            project.tick(120);
            assertThat(createdFilter(project.lastSearch())).as("narrowed to the waited job").isNotNull();
            assertThat(createdFilter(project.lastSearch()).path("value").get(0).asLong())
                    .isEqualTo(project.createdMillis(mine) - 1000);

            JobRef older = others.get(0); // an older job waited for as well (a resumed wait, say)
            project.emulator.journal().clear();
            int before = project.searches.size();
            Watch late = project.poller.watch(project.client, older);
            project.poller.tick();

            List<ApiRequest> unnarrowed = project.searches.subList(before, project.searches.size());
            assertThat(unnarrowed).as("its creation time is not known: not narrowed").isNotEmpty()
                    .allSatisfy(s -> assertThat(createdFilter(s)).isNull());
            assertThat(late.lastState()).isIn(JobState.PENDING, JobState.RUNNING); // found by the search...
            assertThat(project.emulator.journal().count("GET", ".*")).isZero(); // ...not by a detail read
            assertThat(project.emulator.journal().size()).isEqualTo(unnarrowed.size());

            project.tick(120);
            JsonNode range = createdFilter(project.lastSearch());
            assertThat(range).isNotNull();
            assertThat(range.path("value").get(0).asLong()).isEqualTo(project.createdMillis(older) - 1000);
            assertThat(List.of(watched, late)).noneMatch(Watch::isDone);
        }
    }
}
