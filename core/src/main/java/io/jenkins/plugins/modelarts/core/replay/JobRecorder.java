package io.jenkins.plugins.modelarts.core.replay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.model.TrainingJobVersion;
import io.jenkins.plugins.modelarts.core.job.JobFailure;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.core.job.JobSnapshot;
import io.jenkins.plugins.modelarts.core.job.TrainingJobs;
import io.jenkins.plugins.modelarts.core.logs.LogCursor;
import io.jenkins.plugins.modelarts.core.logs.LogTail;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Records an ended training job as a fixture the emulator can replay (format version {@value #VERSION},
 * emulator/README.md "Replay a recorded job"): its API, name, final state, running time and time queued,
 * v1 {@code model_metric_list} and {@code system_metric_list}, a failed v2 job's task message, and the
 * last lines of its first worker's log, read with {@link LogTail}.
 *
 * <p>Only these fields are written, never the connection's endpoint, project id or credentials; and any
 * of the {@code sensitive} values found in recorded text (a log line that prints the project id, say)
 * is replaced by {@value #REDACTED}.
 */
public final class JobRecorder {
    /** The fixture format version written. */
    public static final int VERSION = 1;
    /** Log lines kept unless told otherwise: the last 1000. */
    public static final int DEFAULT_LOG_LINES = 1000;
    /** The most log lines a fixture may keep. */
    public static final int MAX_LOG_LINES = 100_000;
    /** What replaces a sensitive value found in recorded text. */
    public static final String REDACTED = "<redacted>";

    private static final int LOG_CHUNK = 500;
    /** Values shorter than this are not searched for: they would redact ordinary words and numbers. */
    private static final int MIN_SENSITIVE_LENGTH = 4;

    private final TrainingJobs jobs;
    private final Clock clock;
    private final List<String> sensitive;

    /**
     * @param sensitive values that must not appear in a fixture (the endpoint, project id, access key,
     *     secret key, tokens, IAM names); nulls and values under 4 characters are ignored
     */
    public JobRecorder(TrainingJobs jobs, Clock clock, Collection<String> sensitive) {
        this.jobs = Objects.requireNonNull(jobs, "jobs == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
        this.sensitive = sensitive.stream()
                .filter(Objects::nonNull)
                .filter(s -> s.length() >= MIN_SENSITIVE_LENGTH)
                .distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()) // a longer value first: it may contain a shorter one
                .toList();
    }

    /**
     * Reads the job and its log and makes the fixture.
     *
     * @param maxLogLines how many of the log's last lines to keep, 0 (no log read) to {@value #MAX_LOG_LINES}
     * @throws IllegalArgumentException for a job that has not ended (nothing to replay yet) or a bad bound
     */
    public JobRecording record(JobRef ref, int maxLogLines) {
        if (maxLogLines < 0 || maxLogLines > MAX_LOG_LINES) {
            throw new IllegalArgumentException("the log bound must be 0-" + MAX_LOG_LINES + " lines, got " + maxLogLines);
        }
        JobSnapshot snapshot = jobs.read(ref);
        if (!snapshot.isTerminal()) {
            throw new IllegalArgumentException(snapshot.ref() + " has not ended (" + snapshot.statusName()
                    + "): record it once it has ended (modelarts wait " + snapshot.ref().jobId() + ")");
        }
        ObjectNode fixture = Json.mapper().createObjectNode();
        fixture.put("modelarts_fixture", VERSION);
        fixture.put("recorded_at", clock.instant().toString());
        if (snapshot.detail() instanceof TrainingJobVersion v) {
            v1(fixture, v);
        } else {
            v2(fixture, (TrainingJob) snapshot.detail());
        }
        Deque<String> lines = new ArrayDeque<>();
        boolean truncated = false;
        ObjectNode log = fixture.putObject("log");
        if (maxLogLines > 0) {
            truncated = lastLines(snapshot.ref(), maxLogLines, lines, log);
        }
        log.put("max_lines", maxLogLines);
        log.put("truncated", truncated);
        ArrayNode array = log.putArray("lines");
        lines.forEach(array::add);
        redact(fixture);
        return new JobRecording(fixture, snapshot, lines.size(), truncated);
    }

    private static void v1(ObjectNode fixture, TrainingJobVersion v) {
        fixture.put("api", "v1");
        fixture.put("job_name", v.jobName());
        fixture.put("final_state", finalStateV1(v.status()));
        fixture.put("status", v.v1Status().toString());
        fixture.put("run_duration_ms", nonNegative(v.duration()));
        fixture.put("queued_ms", queued(v.createTime(), v.startTime()));
        fixture.set("model_metric_list", objectOrNull(v.modelMetricList()));
        fixture.set("system_metric_list", objectOrNull(v.systemMetricList()));
    }

    private static void v2(ObjectNode fixture, TrainingJob job) {
        String phase = job.status() == null ? null : job.status().phase();
        fixture.put("api", "v2");
        fixture.put("job_name", job.name());
        fixture.put("final_state", finalStateV2(phase));
        fixture.put("status", phase);
        fixture.put("run_duration_ms", nonNegative(job.status() == null ? null : job.status().duration()));
        fixture.put("queued_ms", queued(job.metadata() == null ? null : job.metadata().createTime(),
                job.status() == null ? null : job.status().startTime()));
        JobFailure.of(job).flatMap(f -> f.tasks().stream().map(JobFailure.Task::message).filter(Objects::nonNull).findFirst())
                .ifPresent(message -> fixture.put("failure_message", message));
    }

    /** The emulator's final state of an ended v1 status: 14 is a lost node, the other failures failed. */
    static String finalStateV1(int code) {
        return switch (code) {
            case 10, 20 -> "completed";
            case 12, 13 -> "stopped";
            case 14 -> "lost";
            default -> "failed";
        };
    }

    /** The emulator's final state of an ended v2 phase. */
    static String finalStateV2(String phase) {
        return switch (phase == null ? "" : phase.toLowerCase(Locale.ROOT)) {
            case "completed" -> "completed";
            case "terminated" -> "stopped";
            case "abnormal" -> "lost";
            default -> "failed";
        };
    }

    private static long nonNegative(Long millis) {
        return millis == null ? 0 : Math.max(0, millis);
    }

    private static long queued(Long created, Long started) {
        if (created == null || started == null || created <= 0 || started < created) {
            return 0;
        }
        return started - created;
    }

    /** Only a JSON object is a metric list; text the server sent instead is not recorded. */
    private static JsonNode objectOrNull(JsonNode list) {
        return list != null && list.isObject() ? list.deepCopy() : Json.mapper().nullNode();
    }

    /** Keeps the log's last {@code max} lines in {@code lines}; true when earlier ones were left out. */
    private boolean lastLines(JobRef ref, int max, Deque<String> lines, ObjectNode log) {
        LogCursor cursor = LogCursor.start();
        boolean dropped = false;
        while (true) {
            LogTail.Chunk chunk = LogTail.nextAfterEnd(jobs.client(), ref, cursor, LOG_CHUNK);
            for (String line : chunk.lines()) {
                lines.addLast(line);
                if (lines.size() > max) {
                    lines.removeFirst();
                    dropped = true;
                }
            }
            dropped |= chunk.skippedBytes() > 0;
            cursor = chunk.cursor();
            if (!chunk.more() || chunk.lines().isEmpty()) {
                break;
            }
        }
        log.put("source", ref.api() == JobRef.Api.V2 ? LogTail.V2_TASK : cursor.logFile());
        return dropped;
    }

    /** Replaces every sensitive value in every text of the document. */
    private void redact(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> field : List.copyOf(object.properties())) {
                if (field.getValue().isTextual()) {
                    object.set(field.getKey(), TextNode.valueOf(redact(field.getValue().asText())));
                } else {
                    redact(field.getValue());
                }
            }
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                if (array.get(i).isTextual()) {
                    array.set(i, TextNode.valueOf(redact(array.get(i).asText())));
                } else {
                    redact(array.get(i));
                }
            }
        }
    }

    private String redact(String text) {
        String out = text;
        for (String value : sensitive) {
            out = out.replace(value, REDACTED);
        }
        return out;
    }
}
