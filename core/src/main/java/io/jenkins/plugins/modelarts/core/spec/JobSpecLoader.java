package io.jenkins.plugins.modelarts.core.spec;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.model.CreateTrainingJobRequest;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.V2JobSpecValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a job spec file and checks it completely before anything is sent. A body with {@code kind}
 * or {@code metadata} at the top level is a v2 spec; anything else is read as a v1 create body.
 *
 * <p>Every problem is reported at once in a {@link RequestValidationException} whose "what" names
 * the file: syntax errors with line and column (also a duplicate key, and anything after the JSON
 * document, which a lenient parser would silently accept, the last duplicate winning), then every
 * rule the request breaks.
 */
public final class JobSpecLoader {

    /** The project's mapper, refusing duplicate keys and anything after the document. */
    private static final ObjectReader STRICT = Json.mapper().reader()
            .with(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JobSpecLoader() {}

    public static JobSpec load(Path file) {
        return load(file, null);
    }

    /**
     * As {@link #load(Path)}, with the job's name replaced by {@code jobName} (when not null) before
     * validation: a CI system derives one name per build from a shared spec file.
     */
    public static JobSpec load(Path file, String jobName) {
        String what = "Job spec " + file;
        return parse(what, read(what, file), jobName);
    }

    /**
     * A v1 create body used as overrides of a stored configuration ({@code train --config}): the
     * syntax and the field types are checked here, the rules only once it is merged, because a part
     * of a config need not be valid on its own. A v2 body is refused: configurations are v1.
     */
    public static CreateTrainingJobRequest loadOverrides(Path file) {
        String what = "Job spec " + file;
        JsonNode tree = readTree(what, read(what, file));
        if (!(tree instanceof ObjectNode body) || isV2(body)) {
            throw new RequestValidationException(what, List.of(
                    "expected a v1 create body (job_name, job_desc, config{...}): a training job configuration is v1"));
        }
        return convert(what, body, CreateTrainingJobRequest.class);
    }

    /**
     * A training job configuration body (seed 003): flat, {@code config_desc} and the fields of a
     * job's config at the top level. Syntax and field types are checked here; the rules by the call
     * that sends it.
     */
    public static JobConfig loadConfig(Path file) {
        String what = "Configuration file " + file;
        JsonNode tree = readTree(what, read(what, file));
        if (!(tree instanceof ObjectNode body)) {
            throw new RequestValidationException(what, List.of("expected a JSON object at the top level"));
        }
        if (body.has("config")) {
            throw new RequestValidationException(what, List.of(
                    "'config' is a job's wrapper: a configuration's fields stand at the top level, beside config_desc"));
        }
        return convert(what, body, JobConfig.class);
    }

    private static <T> T convert(String what, ObjectNode body, Class<T> type) {
        try {
            return Json.mapper().treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new RequestValidationException(what, List.of(describe(e)));
        }
    }

    private static String read(String what, Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new RequestValidationException(what, List.of("the file does not exist"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses and validates spec text; {@code what} names it in error messages. */
    public static JobSpec parse(String what, String text) {
        return parse(what, text, null);
    }

    /** As {@link #parse(String, String)}, with the job name replaced by {@code jobName} unless it is null. */
    public static JobSpec parse(String what, String text, String jobName) {
        JsonNode tree = readTree(what, text);
        if (!(tree instanceof ObjectNode body)) {
            throw new RequestValidationException(what, List.of("expected a JSON object at the top level"));
        }
        if (jobName != null) {
            if (isV2(body)) {
                body.withObject("metadata").put("name", jobName);
            } else {
                body.put("job_name", jobName);
            }
        }
        if (isV2(body)) {
            List<String> problems = V2JobSpecValidator.problems(body);
            if (!problems.isEmpty()) {
                throw new RequestValidationException(what, problems);
            }
            return new JobSpec.V2(body);
        }
        CreateTrainingJobRequest request = convert(what, body, CreateTrainingJobRequest.class);
        List<String> problems = request.problems();
        if (!problems.isEmpty()) {
            throw new RequestValidationException(what, problems);
        }
        return new JobSpec.V1(request);
    }

    static boolean isV2(JsonNode body) {
        return body.has("kind") || body.has("metadata");
    }

    private static JsonNode readTree(String what, String text) {
        if (text.isBlank()) {
            throw new RequestValidationException(what, List.of("the file is empty"));
        }
        try {
            return STRICT.readTree(text);
        } catch (MismatchedInputException e) {
            if (e.getMessage() != null && e.getMessage().startsWith("Trailing token")) {
                throw new RequestValidationException(what, List.of("trailing content after the JSON document" + where(e)
                        + ": a spec file holds exactly one JSON object"));
            }
            throw new RequestValidationException(what, List.of(describe(e)));
        } catch (StreamReadException e) {
            if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate field")) {
                String field = e.getOriginalMessage().replaceFirst("^Duplicate field '(.*)'$", "$1");
                throw new RequestValidationException(what, List.of("duplicate key '" + field + "'" + where(e)
                        + ": each key may appear once in an object"));
            }
            throw new RequestValidationException(what, List.of(describe(e)));
        } catch (JsonProcessingException e) {
            throw new RequestValidationException(what, List.of(describe(e)));
        }
    }

    private static String describe(JsonProcessingException e) {
        return "not valid JSON" + where(e) + ": " + e.getOriginalMessage();
    }

    private static String where(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    }
}
