package io.jenkins.plugins.modelarts.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.jenkins.plugins.modelarts.emulator.http.TestSigner;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;

/** Signed calls to an emulator's ModelArts routes over real HTTP, for tests. */
final class Api {
    record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newHttpClient();
    private final ModelArtsEmulator emulator;
    private final Clock clock;

    Api(ModelArtsEmulator emulator, Clock clock) {
        this.emulator = emulator;
        this.clock = clock;
    }

    Api(ModelArtsEmulator emulator) {
        this(emulator, Clock.systemUTC());
    }

    /** {@code path} after the project id, e.g. {@code v1 training-jobs?per_page=5} as ("v1", "training-jobs?per_page=5"). */
    Answer call(String method, String family, String path, String body) {
        URI uri = URI.create(emulator.baseUrl() + "/" + family + "/" + emulator.projectId() + "/" + path);
        return send(TestSigner.signed(method, uri, body, emulator.accessKey(), emulator.secretKey(), clock.instant()).build());
    }

    Answer send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            JsonNode body = response.body().isEmpty() ? JSON.missingNode() : JSON.readTree(response.body());
            return new Answer(response.statusCode(), body, response);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    JsonNode ok(String method, String family, String path, String body) {
        Answer a = call(method, family, path, body);
        if (a.status() >= 300) {
            throw new AssertionError(method + " " + path + " answered " + a.status() + ": " + a.body());
        }
        return a.body();
    }

    static String v1Job(String name, String... extraParameters) {
        StringBuilder params = new StringBuilder("{\"label\":\"lr\",\"value\":\"0.01\"}");
        for (int i = 0; i + 1 < extraParameters.length; i += 2) {
            params.append(",{\"label\":\"").append(extraParameters[i]).append("\",\"value\":\"").append(extraParameters[i + 1]).append("\"}");
        }
        return "{\"job_name\":\"" + name + "\",\"config\":{\"worker_server_num\":1,\"app_url\":\"/emu-bucket/src/\","
                + "\"boot_file_url\":\"/emu-bucket/src/train.py\",\"data_url\":\"/emu-bucket/data/\",\"spec_id\":1,"
                + "\"log_url\":\"/emu-bucket/logs/" + name + "/\",\"parameter\":[" + params + "]}}";
    }

    static String v2Job(String name) {
        return "{\"kind\":\"job\",\"metadata\":{\"name\":\"" + name + "\"},\"algorithm\":{\"code_dir\":\"/emu-bucket/c/\","
                + "\"boot_file\":\"/emu-bucket/c/t.py\"},\"spec\":{\"resource\":{\"flavor_id\":\"f1\",\"node_count\":1},"
                + "\"log_export_path\":{\"obs_url\":\"obs://emu-bucket/v2logs/\"}}}";
    }
}
