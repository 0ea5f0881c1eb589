package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Authentication and fault injection, as a client sees them over HTTP. */
class GatewayTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final ModelArtsEmulator emulator = EMULATOR.emulator();
    private final Api api = new Api(emulator);

    private URI jobs() {
        return URI.create(emulator.baseUrl() + "/v1/" + emulator.projectId() + "/training-jobs");
    }

    @Test
    void anUnsignedRequestIsRefused() {
        Api.Answer a = api.send(HttpRequest.newBuilder(jobs()).GET().build());
        assertThat(a.status()).isEqualTo(401);
        assertThat(a.body().path("error_code").asText()).isEqualTo("APIGW.0301");
    }

    @Test
    void aWronglySignedRequestIsRefused() {
        HttpRequest bad = io.jenkins.plugins.modelarts.emulator.http.TestSigner
                .signed("GET", jobs(), null, emulator.accessKey(), "not-the-secret", java.time.Instant.now()).build();
        assertThat(api.send(bad).body().path("error_msg").asText()).contains("verify aksk signature fail");
    }

    @Test
    void aWrongProjectIsRefused() {
        Api.Answer a = api.send(io.jenkins.plugins.modelarts.emulator.http.TestSigner.signed("GET",
                URI.create(emulator.baseUrl() + "/v1/ffffffffffffffffffffffffffffffff/training-jobs"), null,
                emulator.accessKey(), emulator.secretKey(), java.time.Instant.now()).build());
        assertThat(a.body().path("error_code").asText()).isEqualTo("ModelArts.2786");
    }

    @Test
    void iamIssuesTokensThatWorkUntilTheyExpire() {
        String body = "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":{\"name\":\""
                + emulator.iamUser() + "\",\"password\":\"" + emulator.iamPassword() + "\",\"domain\":{\"name\":\""
                + emulator.iamDomain() + "\"}}}},\"scope\":{\"project\":{\"id\":\"" + emulator.projectId() + "\"}}}}";
        Api.Answer issued = api.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v3/auth/tokens?nocatalog=true"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
        assertThat(issued.status()).isEqualTo(201);
        assertThat(issued.body().path("token").path("expires_at").asText()).endsWith("Z");
        String token = issued.raw().headers().firstValue("X-Subject-Token").orElseThrow();
        HttpRequest withToken = HttpRequest.newBuilder(jobs()).header("X-Auth-Token", token).GET().build();
        assertThat(api.send(withToken).status()).isEqualTo(200);
        emulator.faults().expireTokens();
        Api.Answer expired = api.send(withToken);
        assertThat(expired.status()).isEqualTo(401);
        assertThat(expired.body().path("error_code").asText()).isEqualTo("APIGW.0307");
        Api.Answer wrongPassword = api.send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/v3/auth/tokens"))
                .POST(HttpRequest.BodyPublishers.ofString(body.replace(emulator.iamPassword(), "nope"))).build());
        assertThat(wrongPassword.status()).isEqualTo(401);
    }

    @Test
    void throttlingAnswers429WithRetryAfterThenRecovers() {
        emulator.faults().throttle(1, Duration.ofSeconds(7));
        Api.Answer throttled = api.call("GET", "v1", "training-jobs", null);
        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.raw().headers().firstValue("Retry-After")).hasValue("7");
        assertThat(throttled.body().path("error_code").asText()).isEqualTo("APIGW.0308");
        assertThat(api.call("GET", "v1", "training-jobs", null).status()).isEqualTo(200);
    }

    @Test
    void serverErrorsComeInBursts() {
        emulator.faults().serverErrors(2, 503);
        assertThat(api.call("GET", "v1", "training-jobs", null).status()).isEqualTo(503);
        assertThat(api.call("GET", "v1", "training-jobs", null).status()).isEqualTo(503);
        assertThat(api.call("GET", "v1", "training-jobs", null).status()).isEqualTo(200);
    }

    @Test
    void aLostAnswerStillCreatedTheJob() {
        emulator.faults().serverErrorsAfterProcessing(1, 502);
        assertThat(api.call("POST", "v1", "training-jobs", Api.v1Job("lost")).status()).isEqualTo(502);
        JsonNode list = api.ok("GET", "v1", "training-jobs?search_content=lost", null);
        assertThat(list.path("jobs")).hasSize(1);
    }

    @Test
    void aDroppedConnectionIsAnIoErrorForTheClient() {
        emulator.faults().dropConnections(1);
        // a POST, because java.net.http silently repeats an idempotent GET once after a dropped connection
        assertThatThrownBy(() -> api.call("POST", "v1", "training-jobs", Api.v1Job("dropped")))
                .isInstanceOf(UncheckedIOException.class)
                .hasCauseInstanceOf(IOException.class);
        assertThat(emulator.journal().entries().get(0).status()).isZero();
    }

    @Test
    void malformedAnswersAreTruncatedJson() {
        emulator.faults().malformedResponses(1);
        assertThatThrownBy(() -> api.call("GET", "v1", "training-jobs", null))
                .hasRootCauseInstanceOf(com.fasterxml.jackson.core.JsonProcessingException.class);
    }

    @Test
    void latencyDelaysAnswers() {
        emulator.faults().latency(Duration.ofMillis(200));
        long start = System.nanoTime();
        api.call("GET", "v1", "training-jobs", null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
    }

    @Test
    void theJournalCountsRequestsByRoute() {
        api.call("GET", "v1", "training-jobs", null);
        api.call("GET", "v1", "training-jobs", null);
        assertThat(emulator.journal().count("GET", "/v1/[0-9a-f]+/training-jobs")).isEqualTo(2);
        emulator.reset();
        assertThat(emulator.journal().size()).isZero();
    }
}
