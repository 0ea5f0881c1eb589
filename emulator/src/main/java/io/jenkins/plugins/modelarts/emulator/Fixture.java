package io.jenkins.plugins.modelarts.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A recorded training job (a {@code modelarts job JOB --record FILE} file, format version {@value
 * #VERSION}, emulator/README.md "Replay a recorded job"), read to be replayed: a job created on the
 * emulator follows the recording through {@link #script(Duration)}, a {@link JobScript} with its
 * {@link Recording}. The emulator reads the file with its own parser; it shares no code with the
 * recorder.
 *
 * @param source where the fixture came from (its file name), for messages
 * @param api {@code v1} or {@code v2}, the API the job was recorded from
 * @param jobName the recorded job's name: the name of the jobs it replays
 * @param finalState how the recorded job ended
 * @param recording its running time, time queued, system metrics, log lines and failure message
 * @param modelMetrics its {@code model_metric_list} (a JSON object as text), or null for none
 */
public record Fixture(String source, String api, String jobName, JobScript.FinalState finalState, Recording recording,
        String modelMetrics) {
    /** The format version this emulator reads. */
    public static final int VERSION = 1;
    /** How long a replay takes at most on the emulator's clock, unless told otherwise. */
    public static final Duration DEFAULT_REPLAY_TIME = Duration.ofSeconds(10);

    private static final ObjectMapper JSON = new ObjectMapper();

    public Fixture {
        Objects.requireNonNull(source, "source == null");
        Objects.requireNonNull(jobName, "jobName == null");
        Objects.requireNonNull(finalState, "finalState == null");
        Objects.requireNonNull(recording, "recording == null");
    }

    /**
     * Reads a fixture file.
     *
     * @throws IllegalArgumentException naming the file and every problem: not JSON, an unknown format
     *     version, missing or malformed fields
     * @throws UncheckedIOException when the file cannot be read
     */
    public static Fixture load(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read fixture " + file + ": " + e, e);
        }
        return parse(text, file.toString());
    }

    /** Reads a fixture from its text; {@code source} names it in messages. */
    public static Fixture parse(String text, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("fixture " + source + " is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject() || !root.has("modelarts_fixture")) {
            throw new IllegalArgumentException("fixture " + source
                    + " is not a ModelArts fixture: a JSON object with \"modelarts_fixture\": " + VERSION + " expected");
        }
        JsonNode version = root.get("modelarts_fixture");
        if (!version.isInt() || version.asInt() != VERSION) {
            throw new IllegalArgumentException("fixture " + source + " has format version " + version
                    + ", which this emulator cannot read: it reads version " + VERSION + " (record the job again)");
        }
        return new FixtureFields(root, source).fixture();
    }

    /**
     * The script of a job replaying this recording: the recorded final state, model metrics and log lines;
     * the recorded time (queued + running) on the emulator's clock, compressed to at most {@code maxTime}
     * (a shorter recording takes its own time), queued for the recorded share of it; the recorded running
     * time as the job's {@code duration} once it ended, and its recorded time queued between its {@code
     * create_time} and {@code start_time}.
     */
    public JobScript script(Duration maxTime) {
        Objects.requireNonNull(maxTime, "maxTime == null");
        Duration recorded = recording.run().plus(recording.queued());
        Duration replayed = recorded.compareTo(maxTime) > 0 ? maxTime : recorded;
        return JobScript.afterDuration(replayed)
                .endingIn(finalState)
                .withLogLines(recording.logLines().size())
                .withModelMetrics(modelMetrics == null ? "" : modelMetrics)
                .withQueued(recording.queued())
                .withRecording(recording);
    }

    /** One line for people: what is replayed and how fast. */
    public String describe(Duration maxTime) {
        Duration recorded = recording.run().plus(recording.queued());
        return "job " + jobName + " (" + api + ", " + finalState.name().toLowerCase(Locale.ROOT) + ", ran "
                + recording.run().toSeconds() + " s after " + recording.queued().toSeconds() + " s queued, replayed in "
                + (recorded.compareTo(maxTime) > 0 ? maxTime : recorded).toMillis() + " ms, "
                + recording.logLines().size() + " log lines) from " + source;
    }

    /** The fields of a version-1 document, every problem collected before one error names them all. */
    private static final class FixtureFields {
        private final JsonNode root;
        private final String source;
        private final List<String> problems = new ArrayList<>();

        FixtureFields(JsonNode root, String source) {
            this.root = root;
            this.source = source;
        }

        Fixture fixture() {
            String api = root.path("api").asText("");
            if (!api.equals("v1") && !api.equals("v2")) {
                problems.add("api must be \"v1\" or \"v2\"");
            }
            String name = root.path("job_name").asText("");
            if (!root.path("job_name").isTextual() || name.isBlank()) {
                problems.add("job_name is required");
            }
            JobScript.FinalState state = finalState();
            long run = millis("run_duration_ms");
            long queued = millis("queued_ms");
            String modelMetrics = object("model_metric_list");
            String systemMetrics = object("system_metric_list");
            List<String> lines = logLines();
            JsonNode failure = root.path("failure_message");
            if (!failure.isMissingNode() && !failure.isNull() && !failure.isTextual()) {
                problems.add("failure_message must be text");
            }
            if (!problems.isEmpty()) {
                throw new IllegalArgumentException("fixture " + source + " is not usable: " + String.join("; ", problems));
            }
            Recording recording = new Recording(Duration.ofMillis(run), Duration.ofMillis(queued), systemMetrics, lines,
                    failure.isTextual() ? failure.asText() : null);
            return new Fixture(source, api, name, state, recording, modelMetrics);
        }

        private JobScript.FinalState finalState() {
            String state = root.path("final_state").asText("");
            try {
                return JobScript.FinalState.valueOf(state.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add("final_state must be completed, failed, stopped or lost, got \"" + state + "\"");
                return null;
            }
        }

        private long millis(String field) {
            JsonNode value = root.path(field);
            if (!value.canConvertToLong() || !value.isIntegralNumber() || value.asLong() < 0) {
                problems.add(field + " must be a whole number of milliseconds, at least 0");
                return 0;
            }
            return value.asLong();
        }

        /** An optional JSON object, as text; null when absent or null. */
        private String object(String field) {
            JsonNode value = root.path(field);
            if (value.isMissingNode() || value.isNull()) {
                return null;
            }
            if (!value.isObject()) {
                problems.add(field + " must be a JSON object");
                return null;
            }
            return value.toString();
        }

        private List<String> logLines() {
            JsonNode log = root.path("log");
            List<String> lines = new ArrayList<>();
            if (log.isMissingNode() || log.isNull()) {
                return lines;
            }
            JsonNode array = log.path("lines");
            if (!array.isArray()) {
                problems.add("log.lines must be an array of text lines");
                return lines;
            }
            for (JsonNode line : array) {
                if (!line.isTextual()) {
                    problems.add("log.lines must hold text lines only");
                    return lines;
                }
                lines.add(line.asText());
            }
            return lines;
        }
    }
}
