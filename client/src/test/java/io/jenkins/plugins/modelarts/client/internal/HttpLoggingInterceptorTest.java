package io.jenkins.plugins.modelarts.client.internal;

import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.AK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.PROJECT;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.SK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class HttpLoggingInterceptorTest {
    private static final String SECURITY_TOKEN = "security-token-secret";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final List<String> lines = new CopyOnWriteArrayList<>();

    private ApiTransport transport(HttpLogger.Level level) {
        FakeClock clock = new FakeClock(Instant.parse("2024-03-05T07:08:09Z"));
        return ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(new AkSkCredentials(AK, SK, SECURITY_TOKEN))
                .clock(clock)
                .sleeper(new RecordingSleeper(clock))
                .retryPolicy(RetryPolicy.none())
                .logger(lines::add, level)
                .buildTransport();
    }

    @Test
    void basicLogsOneLineEachWay() {
        server.enqueue(json(200, "{\"response\":\"body-marker\"}"));

        transport(HttpLogger.Level.BASIC).execute(ApiRequest.get(ApiFamily.V2, "training-jobs").query("limit", 1).build());

        String url = server.url("/v2/" + PROJECT + "/training-jobs?limit=1").toString();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("--> GET " + url);
        assertThat(lines.get(1)).matches("<-- 200 \\Q" + url + "\\E \\(\\d+ ms\\)");
    }

    @Test
    void headersAreLoggedWithSecretsRedactedAndBodiesNever() {
        server.enqueue(json(200, "{\"response\":\"body-marker\"}").newBuilder().addHeader("X-Request-Id", "rid-1").build());

        transport(HttpLogger.Level.HEADERS).execute(ApiRequest.post(ApiFamily.V2, "training-jobs")
                .body(Map.of("request", "payload-marker")).build());

        String all = String.join("\n", lines);
        assertThat(lines).contains("X-Project-Id: " + PROJECT, "Authorization: ██", "X-Security-Token: ██",
                "Content-Type: application/json;charset=UTF-8", "X-Request-Id: rid-1", "--> END POST", "<-- END HTTP");
        assertThat(all).contains("X-Sdk-Date: 20240305T070809Z")
                .doesNotContain(SECURITY_TOKEN)
                .doesNotContain("Signature=")
                .doesNotContain(SK)
                .doesNotContain("payload-marker")
                .doesNotContain("body-marker");
    }

    @Test
    void failuresAreLogged() throws Exception {
        server.close();

        assertThatThrownBy(() -> transport(HttpLogger.Level.BASIC).execute(ApiRequest.get(ApiFamily.V2, "training-jobs").build()))
                .isInstanceOf(TransportException.class);

        String url = server.url("/v2/" + PROJECT + "/training-jobs").toString();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).isEqualTo("--> GET " + url);
        assertThat(lines.get(1)).startsWith("<-- HTTP FAILED: GET " + url);
    }

    @Test
    void noneLogsNothing() {
        server.enqueue(json(200, "{}"));

        transport(HttpLogger.Level.NONE).execute(ApiRequest.get(ApiFamily.V2, "training-jobs").build());

        assertThat(lines).isEmpty();
    }

    @Test
    void secretHeaderNamesAreMatchedWithoutRegardToCaseOrLocale() {
        assertThat(HttpLoggingInterceptor.isSecret("AUTHORIZATION")).isTrue();
        assertThat(HttpLoggingInterceptor.isSecret("x-subject-token")).isTrue();
        assertThat(HttpLoggingInterceptor.isSecret("X-Project-Id")).isFalse();
    }
}
