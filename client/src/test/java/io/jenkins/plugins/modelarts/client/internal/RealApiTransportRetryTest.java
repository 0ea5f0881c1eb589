package io.jenkins.plugins.modelarts.client.internal;

import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.AK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.PROJECT;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.SK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.net.ConnectException;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Retries of {@link RealApiTransport}: what is retried, how long it waits, and what it throws at the end. */
class RealApiTransportRetryTest {
    private static final ApiRequest GET = ApiRequest.get(ApiFamily.V2, "training-jobs", "j-1").build();
    private static final ApiRequest CREATE = ApiRequest.post(ApiFamily.V2, "training-jobs").body(Map.of("kind", "job")).build();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-03-05T07:08:09Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);
    private final RetryPolicy policy = RetryPolicy.defaults();

    private ModelArtsClient.Builder builder() {
        return ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(AkSkCredentials.of(AK, SK))
                .clock(clock)
                .sleeper(sleeper)
                .random(new Random(42))
                .retryPolicy(policy);
    }

    @Test
    void throttledRequestWaitsForRetryAfterThenSucceeds() throws Exception {
        server.enqueue(json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"over ratelimit\"}")
                .newBuilder().addHeader("Retry-After", "7").build());
        server.enqueue(json(200, "{\"ok\":true}"));

        JsonNode body = builder().buildTransport().execute(GET);

        assertThat(body.path("ok").asBoolean()).isTrue();
        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(7));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void retryAfterHttpDateIsMeasuredWithTheInjectedClock() {
        server.enqueue(json(503, "{}").newBuilder().addHeader("Retry-After", "Tue, 05 Mar 2024 07:08:39 GMT").build());
        server.enqueue(json(200, "{}"));

        builder().buildTransport().execute(GET);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(30));
    }

    @Test
    void longRetryAfterIsCapped() {
        server.enqueue(json(429, "{}").newBuilder().addHeader("Retry-After", "86400").build());
        server.enqueue(json(200, "{}"));

        builder().buildTransport().execute(GET);

        assertThat(sleeper.sleeps).containsExactly(Duration.ofSeconds(120));
    }

    @Test
    void serviceUnavailableBurstThenSuccessBacksOffExponentially() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"error_code\":\"APIGW.0613\",\"error_msg\":\"busy\"}"));
        }
        server.enqueue(json(200, "{}"));

        builder().buildTransport().execute(GET);

        assertThat(sleeper.sleeps).hasSize(3);
        assertThat(sleeper.sleeps.get(0)).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
        assertThat(sleeper.sleeps.get(1)).isBetween(Duration.ofMillis(800), Duration.ofMillis(1200));
        assertThat(sleeper.sleeps.get(2)).isBetween(Duration.ofMillis(1600), Duration.ofMillis(2400));
    }

    @Test
    void theLastRetryAfterTravelsWithTheExceptionForCallersThatPoll() {
        for (int i = 0; i < 5; i++) {
            server.enqueue(json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"over ratelimit\"}").newBuilder()
                    .addHeader("Retry-After", "42").build());
        }

        ApiException e = catchThrowableOfType(ApiException.class, () -> builder().buildTransport().execute(GET));

        assertThat(e.isThrottled()).isTrue();
        assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(42));
    }

    @Test
    void exhaustedRetriesRethrowTheLastApiException() {
        for (int i = 1; i <= 5; i++) {
            server.enqueue(json(502, "{\"error_code\":\"APIGW.0201\",\"error_msg\":\"backend\",\"request_id\":\"r" + i + "\"}"));
        }

        ApiException e = catchThrowableOfType(ApiException.class, () -> builder().buildTransport().execute(GET));

        assertThat(e.requestId()).isEqualTo("r5");
        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(sleeper.sleeps).hasSize(4);
        assertThat(server.getRequestCount()).isEqualTo(5);
    }

    @Test
    void clientErrorsAreNotRetried() {
        server.enqueue(json(400, "{\"error_code\":\"ModelArts.2788\",\"error_msg\":\"invalid parameter\"}"));

        assertThat(catchThrowableOfType(ApiException.class, () -> builder().buildTransport().execute(GET))).isNotNull();
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void everyAttemptIsSignedAgainWithANewSdkDate() throws Exception {
        server.enqueue(json(503, "{}"));
        server.enqueue(json(500, "{}"));
        server.enqueue(json(200, "{}"));

        builder().buildTransport().execute(GET);

        Set<String> dates = new HashSet<>();
        Set<String> signatures = new HashSet<>();
        for (int i = 0; i < 3; i++) {
            RecordedRequest r = server.takeRequest();
            WireSignature.assertValid(r, AK, SK);
            dates.add(r.getHeaders().get("X-Sdk-Date"));
            signatures.add(r.getHeaders().get("Authorization"));
        }
        assertThat(dates).hasSize(3);
        assertThat(signatures).hasSize(3);
    }

    @Test
    void ioFailuresOfIdempotentRequestsAreRetried() {
        server.enqueue(disconnectAfterRequest());
        server.enqueue(json(200, "{\"ok\":true}"));

        JsonNode body = builder().buildTransport().execute(GET);

        assertThat(body.path("ok").asBoolean()).isTrue();
    }

    @Test
    void ioFailuresBecomeATransportExceptionAfterTheLastAttempt() {
        for (int i = 0; i < 10; i++) {
            server.enqueue(disconnectAfterRequest());
        }

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> builder().retryPolicy(policy.newBuilder().maxAttempts(3).build()).buildTransport().execute(GET));

        assertThat(e.getMessage()).startsWith(
                "ModelArts request GET /v2/{project_id}/training-jobs/j-1 failed after 3 attempts: ");
        assertThat(e.getCause()).isNotNull();
        assertThat(sleeper.sleeps).hasSize(2);
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void createIsNotRetriedOnServerError() {
        server.enqueue(json(500, "{\"error_code\":\"ModelArts.0001\",\"error_msg\":\"internal\"}"));
        server.enqueue(json(201, "{}"));

        ApiException e = catchThrowableOfType(ApiException.class, () -> builder().buildTransport().execute(CREATE));

        assertThat(e.isServerError()).isTrue();
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void createIsNotRetriedAfterADisconnectOnceSent() {
        server.enqueue(disconnectAfterRequest());
        server.enqueue(json(201, "{}"));

        TransportException e = catchThrowableOfType(TransportException.class, () -> builder().buildTransport().execute(CREATE));

        assertThat(e.getMessage()).startsWith("ModelArts request POST /v2/{project_id}/training-jobs failed after 1 attempt "
                + "(not retried: the service may have received it): ");
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void createIsRetriedWhenThrottled() throws Exception {
        server.enqueue(json(429, "{\"error_code\":\"APIGW.0308\",\"error_msg\":\"over ratelimit\"}"));
        server.enqueue(json(400, "{\"error_code\":\"ModelArts.2799\",\"error_msg\":\"busy\"}"));
        server.enqueue(json(201, "{\"metadata\":{\"id\":\"j-1\"}}"));

        JsonNode body = builder().buildTransport().execute(CREATE);

        assertThat(body.path("metadata").path("id").asText()).isEqualTo("j-1");
        assertThat(sleeper.sleeps).hasSize(2);
        for (int i = 0; i < 3; i++) {
            WireSignature.assertValid(server.takeRequest(), AK, SK);
        }
    }

    @Test
    void createIsRetriedWhenTheConnectionIsRefusedBeforeSending() throws Exception {
        String deadEndpoint;
        try (MockWebServer dead = new MockWebServer()) {
            dead.start();
            deadEndpoint = dead.url("/").toString();
        }

        TransportException e = catchThrowableOfType(TransportException.class,
                () -> builder().endpoint(deadEndpoint).buildTransport().execute(CREATE));

        assertThat(e.getMessage()).contains("failed after 5 attempts: ");
        assertThat(e.getCause()).isInstanceOf(ConnectException.class);
        assertThat(sleeper.sleeps).hasSize(4);
    }

    @Test
    void noRetriesWithPolicyNone() {
        server.enqueue(json(503, "{}"));

        assertThat(catchThrowableOfType(ApiException.class,
                () -> builder().retryPolicy(RetryPolicy.none()).buildTransport().execute(GET))).isNotNull();
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void interruptedWaitStopsRetrying() {
        server.enqueue(json(503, "{}"));
        ApiTransport transport = builder().sleeper(d -> {
            throw new InterruptedException();
        }).buildTransport();

        TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET));

        assertThat(e.getMessage()).contains("interrupted");
        assertThat(Thread.interrupted()).isTrue();
    }

    private static MockResponse disconnectAfterRequest() {
        return new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket()).build();
    }
}
