package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.MissingNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.spec.JobSpecLoader;
import io.jenkins.plugins.modelarts.emulator.JobScript;
import io.jenkins.plugins.modelarts.emulator.ManualClock;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LogTailTest {
    private static final ManualClock CLOCK = new ManualClock();
    private static final Duration POLL = Duration.ofSeconds(30);

    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension(ModelArtsEmulator.builder().clock(CLOCK));

    private final ModelArtsClient client = ModelArtsClient.builder().endpoint(EMULATOR.emulator().baseUrl())
            .projectId(EMULATOR.emulator().projectId()).clock(CLOCK)
            .credentials(AkSkCredentials.of(EMULATOR.emulator().accessKey(), EMULATOR.emulator().secretKey())).build();
    private final TrainingJobs jobs = new TrainingJobs(client);

    @AfterEach
    void closeClient() {
        client.close();
    }

    @Test
    void linesToPrintKeepTabsButEscapeControlAndBidiCharacters() {
        LogTail.Chunk chunk = new LogTail.Chunk(java.util.List.of("epoch\t1 \u001b[2J\u0000\u202Eok\r"),
                LogCursor.start(), 0, false);
        assertThat(chunk.toPrint()).containsExactly("epoch\t1 \\u001b[2J\\u0000\\u202eok\\u000d");
        assertThat(chunk.lines()).containsExactly("epoch\t1 \u001b[2J\u0000\u202Eok\r");
    }

    @Test
    void v1LinesArriveInOrderOverSeveralPollsWithNoneTwiceOrMissing() {
        JobRef ref = submitV1("tail-v1", JobScript.STATUS_READS, "6", JobScript.LOG_LINES, "30");
        Followed followed = follow(ref, 1000);
        List<String> whole = LogTail.lines(client.jobsV1().logLines(ref.v1JobId(), ref.versionId(), "tail-v1.0", 500, null, null).content());
        assertThat(whole).hasSize(30).endsWith("[worker-0] training finished");
        assertThat(followed.lines()).containsExactlyElementsOf(whole);
        assertThat(followed.chunksWithLines()).isGreaterThanOrEqualTo(4);
    }

    @Test
    void v2LinesArriveInOrderOverPollsOfATimedJobWithNoneTwiceOrMissing() {
        JobRef ref = submitV2("tail-v2", JobScript.RUN_SECONDS, "600", JobScript.LOG_LINES, "40");
        Followed followed = follow(ref, 1000);
        List<String> whole = LogTail.lines(client.jobsV2().logPreview(ref.jobId(), "worker-0").content());
        assertThat(whole).hasSize(40).startsWith("[worker-0] starting training job tail-v2");
        assertThat(followed.lines()).containsExactlyElementsOf(whole);
        assertThat(followed.chunksWithLines()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void maxLinesCapsAChunkAndTheRestComesNext_v1() {
        JobRef ref = submitV1("capped-v1", JobScript.STATUS_READS, "0", JobScript.LOG_LINES, "20");
        jobs.read(ref);
        assertCappedChunks(ref);
    }

    @Test
    void maxLinesCapsAChunkAndTheRestComesNext_v2() {
        JobRef ref = submitV2("capped-v2", JobScript.STATUS_READS, "0", JobScript.LOG_LINES, "20");
        jobs.read(ref);
        assertCappedChunks(ref);
    }

    private void assertCappedChunks(JobRef ref) {
        LogTail.Chunk first = LogTail.next(client, ref, LogCursor.start(), 7);
        LogTail.Chunk second = LogTail.next(client, ref, first.cursor(), 7);
        LogTail.Chunk third = LogTail.next(client, ref, second.cursor(), 7);
        LogTail.Chunk after = LogTail.next(client, ref, third.cursor(), 7);
        assertThat(List.of(first.lines().size(), second.lines().size(), third.lines().size(), after.lines().size()))
                .containsExactly(7, 7, 6, 0);
        assertThat(first.more()).isTrue();
        assertThat(third.more()).isFalse();
        assertThat(first.lines().get(0)).startsWith("[worker-0] starting");
        assertThat(second.lines().get(0)).startsWith("[worker-0] epoch 7/18:");
        assertThat(third.lines().get(5)).isEqualTo("[worker-0] training finished");
        assertThat(after.cursor()).isEqualTo(third.cursor());
    }

    @Test
    void aSerializedCursorContinuesWhereItStopped_v1() throws Exception {
        JobRef ref = submitV1("restart-v1", JobScript.STATUS_READS, "4", JobScript.LOG_LINES, "12");
        assertContinuesAfterARestart(ref);
    }

    @Test
    void aSerializedCursorContinuesWhereItStopped_v2() throws Exception {
        JobRef ref = submitV2("restart-v2", JobScript.STATUS_READS, "4", JobScript.LOG_LINES, "12");
        assertContinuesAfterARestart(ref);
    }

    private void assertContinuesAfterARestart(JobRef ref) throws Exception {
        jobs.read(ref);
        jobs.read(ref);
        LogTail.Chunk before = LogTail.next(client, ref, LogCursor.start(), 100);
        LogCursor restored = roundTrip(before.cursor());
        assertThat(restored).isEqualTo(before.cursor());
        jobs.read(ref);
        jobs.read(ref);
        List<String> all = new ArrayList<>(before.lines());
        all.addAll(LogTail.next(client, ref, restored, 100).lines());
        assertThat(before.lines()).hasSize(6);
        assertThat(all).hasSize(12).doesNotHaveDuplicates().endsWith("[worker-0] training finished");
    }

    @Test
    void aJobWithoutLogFilesYetGivesAnEmptyChunk() {
        FakeApi api = new FakeApi().answer("{\"is_success\":true,\"log_file_list\":[]}");
        LogTail.Chunk chunk = LogTail.next(api.client(), JobRef.v1(10, 12), LogCursor.start(), 50);
        assertThat(chunk.isEmpty()).isTrue();
        assertThat(chunk.more()).isFalse();
        assertThat(chunk.cursor()).isEqualTo(LogCursor.start());
        assertThat(api.calls).hasSize(1);
    }

    @Test
    void anEmptyOrAbsentContentGivesAnEmptyChunkAndRemembersTheFile() {
        FakeApi api = new FakeApi().answer("{\"is_success\":true,\"log_file_list\":[\"job.0\",\"job.1\"]}")
                .answer("{\"is_success\":true,\"lines\":\"0\"}")
                .answer("{\"is_success\":true,\"content\":\"\",\"lines\":0,\"start_line\":\"\",\"end_line\":\"\"}");
        LogTail.Chunk first = LogTail.next(api.client(), JobRef.v1(10, 12), LogCursor.start(), 50);
        LogTail.Chunk second = LogTail.next(api.client(), JobRef.v1(10, 12), first.cursor(), 50);
        assertThat(first.lines()).isEmpty();
        assertThat(second.lines()).isEmpty();
        assertThat(second.cursor()).isEqualTo(new LogCursor("job.0", null, 0));
        assertThat(api.query(1)).containsEntry("log_file", "job.0").containsEntry("base_line", "0").containsEntry("order", "desc");
        assertThat(api.calls).hasSize(3);
    }

    @Test
    void nineteenDigitCursorsGoBackUnchanged() throws Exception {
        FakeApi api = new FakeApi().answer("{\"is_success\":true,\"log_file_list\":[\"job.0\"]}")
                .answer("{\"is_success\":true,\"content\":\"a\\nb\\n\",\"lines\":\"2\",\"start_line\":1551252759254000002,"
                        + "\"end_line\":9999999999999999999}")
                .answer("{\"is_success\":true,\"content\":\"c\\n\",\"lines\":\"1\",\"start_line\":\"1551252759254000004\","
                        + "\"end_line\":\"0551252759254000004\"}")
                .answer("{\"is_success\":true,\"content\":\"\",\"lines\":\"0\"}");
        LogTail.Chunk first = LogTail.next(api.client(), JobRef.v1(10, 12), LogCursor.start(), 50);
        LogTail.Chunk second = LogTail.next(api.client(), JobRef.v1(10, 12), roundTrip(first.cursor()), 50);
        LogTail.Chunk third = LogTail.next(api.client(), JobRef.v1(10, 12), roundTrip(second.cursor()), 50);
        assertThat(first.lines()).containsExactly("a", "b");
        assertThat(first.cursor().endLine()).isEqualTo("9999999999999999999");
        assertThat(api.query(2)).containsEntry("base_line", "9999999999999999999");
        assertThat(second.lines()).containsExactly("c");
        assertThat(api.query(3)).containsEntry("base_line", "0551252759254000004");
        assertThat(third.cursor()).isEqualTo(second.cursor());
    }

    @Test
    void aCappedPreviewSaysOnceThatEarlierOutputWasSkipped() {
        FakeApi api = new FakeApi()
                .answer("{\"content\":\"line 1\\n\",\"current_size\":7,\"full_size\":7}")
                .answer("{\"content\":\"line 9\\nline 10\\n\",\"current_size\":15,\"full_size\":1000}")
                .answer("{\"content\":\"line 9\\nline 10\\nline 11\\n\",\"current_size\":23,\"full_size\":1008}");
        JobRef ref = JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        LogTail.Chunk first = LogTail.next(api.client(), ref, LogCursor.start(), 50);
        LogTail.Chunk capped = LogTail.next(api.client(), ref, first.cursor(), 50);
        LogTail.Chunk after = LogTail.next(api.client(), ref, capped.cursor(), 50);
        assertThat(first.note()).isEmpty();
        assertThat(capped.skippedBytes()).isEqualTo(1000 - 15 - 7);
        assertThat(capped.toPrint()).hasSize(3).endsWith("line 9", "line 10");
        assertThat(capped.toPrint().get(0)).contains("978 bytes of earlier log output skipped");
        assertThat(capped.cursor().bytesShown()).isEqualTo(1000);
        assertThat(after.note()).isEmpty();
        assertThat(after.lines()).containsExactly("line 11");
        assertThat(api.calls.get(0).pathSegments()).containsExactly("training-jobs", ref.jobId(), "tasks", "worker-0", "logs", "preview");
    }

    @Test
    void anUnfinishedLastLineWaitsForItsNewlineOrTheEndOfTheJob() {
        FakeApi api = new FakeApi()
                .answer("{\"content\":\"a\\r\\nhalf\",\"current_size\":7,\"full_size\":7}")
                .answer("{\"content\":\"a\\r\\nhalf a line\\nta\",\"current_size\":17,\"full_size\":17}")
                .answer("{\"content\":\"a\\r\\nhalf a line\\ntail\",\"current_size\":19,\"full_size\":19}");
        JobRef ref = JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347");
        LogTail.Chunk first = LogTail.next(api.client(), ref, LogCursor.start(), 50);
        LogTail.Chunk second = LogTail.next(api.client(), ref, first.cursor(), 50);
        LogTail.Chunk last = LogTail.nextAfterEnd(api.client(), ref, second.cursor(), 50);
        assertThat(first.lines()).containsExactly("a");
        assertThat(first.more()).isFalse();
        assertThat(second.lines()).containsExactly("half a line");
        assertThat(last.lines()).containsExactly("tail");
        assertThat(last.cursor().bytesShown()).isEqualTo(19);
    }

    @Test
    void anEmptyPreviewIsNoLogYet() {
        FakeApi api = new FakeApi().answer(null);
        LogTail.Chunk chunk = LogTail.next(api.client(), JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"), LogCursor.start(), 50);
        assertThat(chunk.isEmpty()).isTrue();
        assertThat(chunk.cursor()).isEqualTo(LogCursor.start());
    }

    @Test
    void serviceErrorsPropagate() {
        assertThatThrownBy(() -> LogTail.next(client, JobRef.v1(424242, 1), LogCursor.start(), 50))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> LogTail.next(client, JobRef.v2("3faf5c03-aaa1-4cbe-879d-24b05d997347"), LogCursor.start(), 50))
                .isInstanceOf(ApiException.class);
    }

    @Test
    void refusesNonsenseArguments() {
        assertThatThrownBy(() -> LogTail.next(client, JobRef.v1(10, 12), LogCursor.start(), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> LogTail.next(client, new JobRef(JobRef.Api.V1, "10", null), LogCursor.start(), 5))
                .hasMessageContaining("resolve");
        assertThatThrownBy(() -> new LogCursor(null, null, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    /** Polls as the Jenkins step does: every 30 s a status read, then the new log lines; once more after the end. */
    private Followed follow(JobRef ref, int maxLines) {
        LogCursor cursor = LogCursor.start();
        List<String> lines = new ArrayList<>();
        int chunksWithLines = 0;
        JobSnapshot state;
        int polls = 0;
        do {
            assertThat(polls++).as("polls").isLessThan(200);
            CLOCK.advance(POLL);
            state = jobs.read(ref);
            LogTail.Chunk chunk = state.isTerminal()
                    ? LogTail.nextAfterEnd(client, ref, cursor, maxLines)
                    : LogTail.next(client, ref, cursor, maxLines);
            lines.addAll(chunk.lines());
            chunksWithLines += chunk.lines().isEmpty() ? 0 : 1;
            cursor = chunk.cursor();
        } while (!state.isTerminal());
        return new Followed(lines, chunksWithLines);
    }

    private record Followed(List<String> lines, int chunksWithLines) {}

    private JobRef submitV1(String name, String... parameters) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            params.append(i == 0 ? "" : ",").append("{\"label\":\"").append(parameters[i]).append("\",\"value\":\"")
                    .append(parameters[i + 1]).append("\"}");
        }
        String spec = """
                {"job_name": "%s", "config": {"worker_server_num": 1,
                  "app_url": "/bucket/src/", "boot_file_url": "/bucket/src/train.py",
                  "parameter": [%s], "data_url": "/bucket/data/", "spec_id": 1, "engine_id": 1}}
                """.formatted(name, params);
        return jobs.submit(JobSpecLoader.parse("test job", spec)).ref();
    }

    private JobRef submitV2(String name, String... parameters) {
        StringBuilder params = new StringBuilder();
        for (int i = 0; i < parameters.length; i += 2) {
            params.append(i == 0 ? "" : ",").append("{\"name\":\"").append(parameters[i]).append("\",\"value\":\"")
                    .append(parameters[i + 1]).append("\"}");
        }
        String spec = """
                {"kind": "job", "metadata": {"name": "%s"},
                 "algorithm": {"code_dir": "/bucket/code/", "boot_file": "/bucket/code/train.py", "parameters": [%s],
                   "engine": {"engine_name": "PyTorch", "engine_version": "PyTorch-1.8.0-python3.7"}},
                 "spec": {"resource": {"flavor_id": "modelarts.vm.gpu.p100", "node_count": 1}}}
                """.formatted(name, params);
        return jobs.submit(JobSpecLoader.parse("test job", spec)).ref();
    }

    private static LogCursor roundTrip(LogCursor cursor) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(cursor);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (LogCursor) in.readObject();
        }
    }

    /** Answers each call with the next JSON body (null: an empty answer, as for HTTP 204) and records the calls. */
    private static final class FakeApi {
        private final Deque<String> answers = new ArrayDeque<>();
        final List<ApiRequest> calls = new ArrayList<>();

        FakeApi answer(String json) {
            answers.add(json == null ? "" : json);
            return this;
        }

        ModelArtsClient client() {
            return ModelArtsClient.create(request -> {
                calls.add(request);
                if (answers.isEmpty()) {
                    throw new AssertionError("unexpected call " + request.describe());
                }
                String json = answers.poll();
                try {
                    return json.isEmpty() ? MissingNode.getInstance() : Json.mapper().readTree(json);
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            });
        }

        Map<String, String> query(int call) {
            Map<String, String> query = new LinkedHashMap<>();
            calls.get(call).query().forEach(e -> query.put(e.getKey(), e.getValue()));
            return query;
        }
    }
}
