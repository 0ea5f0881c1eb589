package io.jenkins.plugins.modelarts.client.internal;

import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.PROJECT;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.HttpLogger;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** {@link RealApiTransport} with IAM password credentials: token fetch, cache, refresh, and secrecy. */
class RealApiTransportIamTest {
    private static final String PASSWORD = "pa55-word-Xq9";
    private static final DateTimeFormatter IAM_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final ApiRequest GET = ApiRequest.get(ApiFamily.V2, "training-jobs", "j-1").build();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-03-05T07:08:09Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final List<String> log = new CopyOnWriteArrayList<>();

    private ApiTransport transport() {
        return ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(new IamPasswordCredentials("alice", PASSWORD, "acme", server.url("/iam/").toString()))
                .clock(clock)
                .sleeper(sleeper)
                .random(new Random(1))
                .logger(log::add, HttpLogger.Level.HEADERS)
                .buildTransport();
    }

    @Test
    void tokenIsFetchedOnceAndSentOnEveryCall() throws Exception {
        server.enqueue(token("token-A", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        ApiTransport transport = transport();

        transport.execute(GET);
        transport.execute(GET);

        RecordedRequest iam = server.takeRequest();
        assertThat(iam.getMethod()).isEqualTo("POST");
        assertThat(iam.getTarget()).isEqualTo("/iam/v3/auth/tokens?nocatalog=true");
        JsonNode body = Json.mapper().readTree(iam.getBody().toByteArray());
        assertThat(body.at("/auth/identity/methods/0").asText()).isEqualTo("password");
        assertThat(body.at("/auth/identity/password/user/name").asText()).isEqualTo("alice");
        assertThat(body.at("/auth/identity/password/user/password").asText()).isEqualTo(PASSWORD);
        assertThat(body.at("/auth/identity/password/user/domain/name").asText()).isEqualTo("acme");
        assertThat(body.at("/auth/scope/project/id").asText()).isEqualTo(PROJECT);
        for (int i = 0; i < 2; i++) {
            RecordedRequest call = server.takeRequest();
            assertThat(call.getHeaders().get("X-Auth-Token")).isEqualTo("token-A");
            assertThat(call.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
            assertThat(call.getHeaders().get("Authorization")).isNull();
        }
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void tokenIsRefreshedWithinTheMarginBeforeExpiry() throws Exception {
        server.enqueue(token("token-A", clock.instant().plus(Duration.ofHours(3))));
        server.enqueue(json(200, "{}"));
        server.enqueue(json(200, "{}"));
        server.enqueue(token("token-B", clock.instant().plus(Duration.ofHours(27))));
        server.enqueue(json(200, "{}"));
        ApiTransport transport = transport();

        transport.execute(GET);
        clock.advance(Duration.ofMinutes(119));
        transport.execute(GET);
        clock.advance(Duration.ofMinutes(2));
        transport.execute(GET);

        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-A");
        assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-A");
        assertThat(server.takeRequest().getTarget()).startsWith("/iam/v3/auth/tokens");
        assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-B");
    }

    @Test
    void rejectedTokenIsReplacedOnceAndTheCallSucceeds() throws Exception {
        server.enqueue(token("token-A", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(401, "{\"error_code\":\"APIGW.0307\",\"error_msg\":\"The token must be updated.\"}"));
        server.enqueue(token("token-B", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(200, "{\"ok\":true}"));

        JsonNode body = transport().execute(ApiRequest.post(ApiFamily.V2, "training-jobs").body(Map.of()).build());

        assertThat(body.path("ok").asBoolean()).isTrue();
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-A");
        server.takeRequest();
        assertThat(server.takeRequest().getHeaders().get("X-Auth-Token")).isEqualTo("token-B");
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void aSecondRejectionIsThrown() {
        server.enqueue(token("token-A", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}"));
        server.enqueue(token("token-B", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(401, "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information\"}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> transport().execute(GET));

        assertThat(e.errorCode()).isEqualTo("APIGW.0301");
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void unavailableIamIsRetriedEvenForACreate() throws Exception {
        server.enqueue(json(503, "{\"error_code\":\"APIGW.0613\",\"error_msg\":\"IAM unavailable\"}"));
        server.enqueue(token("token-A", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(201, "{}"));

        transport().execute(ApiRequest.post(ApiFamily.V2, "training-jobs").body(Map.of()).build());

        assertThat(sleeper.sleeps).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void wrongPasswordFailsOnceWithoutThePasswordAnywhere() {
        server.enqueue(json(401, "{\"error\":{\"code\":401,\"message\":\"The username or password is wrong: "
                + PASSWORD + "\",\"title\":\"Unauthorized\"}}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> transport().execute(GET));

        assertThat(e.httpStatus()).isEqualTo(401);
        assertThat(e.call()).isEqualTo("POST /v3/auth/tokens");
        assertThat(e.getMessage()).contains("The username or password is wrong").doesNotContain(PASSWORD);
        assertThat(String.valueOf(e)).doesNotContain(PASSWORD);
        assertThat(server.getRequestCount()).as("no second guess that could lock the account").isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
        assertThat(String.join("\n", log)).doesNotContain(PASSWORD).contains("--> POST");
    }

    @Test
    void unreachableIamIsATransportExceptionWithoutThePassword() throws Exception {
        String dead;
        try (MockWebServer closed = new MockWebServer()) {
            closed.start();
            dead = closed.url("/").toString();
        }
        ApiTransport transport = ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(new IamPasswordCredentials("alice", PASSWORD, "acme", dead))
                .clock(clock)
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(2).build())
                .buildTransport();

        TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET));

        assertThat(e.getMessage()).contains("failed after 2 attempts").doesNotContain(PASSWORD);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void tokensAndPasswordNeverReachTheLog() {
        server.enqueue(token("token-secret-value", clock.instant().plus(Duration.ofHours(24))));
        server.enqueue(json(200, "{}"));

        transport().execute(GET);

        String all = String.join("\n", log);
        assertThat(all).doesNotContain("token-secret-value").doesNotContain(PASSWORD)
                .contains("X-Subject-Token: ██").contains("X-Auth-Token: ██");
    }

    @Test
    void credentialsToStringHidesThePassword() {
        assertThat(new IamPasswordCredentials("alice", PASSWORD, "acme", null).toString()).doesNotContain(PASSWORD);
    }

    static MockResponse token(String token, Instant expiresAt) {
        String body = "{\"token\":{\"expires_at\":\"" + IAM_TIME.format(expiresAt) + "\",\"methods\":[\"password\"]}}";
        return new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", token)
                .addHeader("Content-Type", "application/json")
                .body(new okio.Buffer().write(body.getBytes(StandardCharsets.UTF_8)))
                .build();
    }
}
