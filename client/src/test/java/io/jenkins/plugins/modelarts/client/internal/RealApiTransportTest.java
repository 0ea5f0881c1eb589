package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.Sleeper;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.TokenCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

/** Request shape and response decoding of {@link RealApiTransport}, against a real local HTTP server. */
class RealApiTransportTest {
    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    static final String AK = "HPUAEXAMPLEKEY123456";
    static final String SK = "example/Secret+Key=";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-03-05T07:08:09Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    private ModelArtsClient.Builder builder() {
        return ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(AkSkCredentials.of(AK, SK))
                .clock(clock)
                .sleeper(sleeper)
                .retryPolicy(RetryPolicy.none());
    }

    private ApiTransport transport() {
        return builder().buildTransport();
    }

    @Test
    void getCarriesProjectIdEncodedSegmentsAndQueryAndAValidSignature() throws Exception {
        server.enqueue(json(200, "{\"items\":[]}"));

        JsonNode body = transport().execute(ApiRequest.get(ApiFamily.V2, "training-jobs", "job one*", "run/1")
                .query("search_content", "a b*c")
                .query("tag", "ü+")
                .query("limit", 2)
                .query("skipped", null)
                .build());

        assertThat(body.path("items").isArray()).isTrue();
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("GET");
        assertThat(r.getTarget()).isEqualTo("/v2/" + PROJECT + "/training-jobs/job%20one%2A/run%2F1"
                + "?search_content=a%20b%2Ac&tag=%C3%BC%2B&limit=2");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeaders().get("X-Sdk-Date")).isEqualTo("20240305T070809Z");
        assertThat(r.getHeaders().get("Authorization"))
                .startsWith("SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=host;x-project-id;x-sdk-date, Signature=");
        assertThat(r.getHeaders().get("Content-Type")).isNull();
        assertThat(r.getBodySize()).isZero();
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void postBodyIsSerializedOnceAndTheSignatureCoversTheSentBytes() throws Exception {
        server.enqueue(json(201, "{\"metadata\":{\"id\":\"j-1\"}}"));
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("kind", "job");
        payload.put("name", "Grüße \"quoted\"");

        transport().execute(ApiRequest.post(ApiFamily.V2, "training-jobs").body(payload).build());

        RecordedRequest r = server.takeRequest();
        byte[] sent = r.getBody().toByteArray();
        assertThat(new String(sent, StandardCharsets.UTF_8)).isEqualTo("{\"kind\":\"job\",\"name\":\"Grüße \\\"quoted\\\"\"}");
        assertThat(r.getHeaders().get("Content-Type")).isEqualTo("application/json;charset=UTF-8");
        assertThat(WireSignature.canonicalRequest(r, "host;x-project-id;x-sdk-date"))
                .endsWith(WireSignature.sha256Hex(sent));
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void postWithoutBodySendsAnEmptyBody() throws Exception {
        server.enqueue(json(200, "{\"is_success\":true}"));

        transport().execute(ApiRequest.post(ApiFamily.V1, "training-jobs", "10", "versions", "3", "stop")
                .idempotent(true).build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("POST");
        assertThat(r.getBodySize()).isZero();
        assertThat(r.getHeaders().get("Content-Length")).isEqualTo("0");
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void deleteWithoutBodySendsNone() throws Exception {
        server.enqueue(new MockResponse.Builder().code(202).build());

        transport().execute(ApiRequest.delete(ApiFamily.V2, "training-jobs", "j-1").build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo("DELETE");
        assertThat(r.getHeaders().get("Content-Length")).isNull();
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void endpointPathPrefixAndTrailingSlashAreKept() throws Exception {
        server.enqueue(json(200, "{}"));

        builder().endpoint(server.url("/gateway/modelarts/").toString()).buildTransport()
                .execute(ApiRequest.get(ApiFamily.V1, "training-jobs").build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getTarget()).isEqualTo("/gateway/modelarts/v1/" + PROJECT + "/training-jobs");
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void tokenCredentialsSendXAuthTokenAndNoSignature() throws Exception {
        server.enqueue(json(200, "{}"));

        builder().credentials(new TokenCredentials("MIIQ-token")).buildTransport()
                .execute(ApiRequest.get(ApiFamily.V2, "training-jobs", "j-1").build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("X-Auth-Token")).isEqualTo("MIIQ-token");
        assertThat(r.getHeaders().get("X-Project-Id")).isEqualTo(PROJECT);
        assertThat(r.getHeaders().get("Authorization")).isNull();
        assertThat(r.getHeaders().get("X-Sdk-Date")).isNull();
    }

    @Test
    void securityTokenIsSentAndSigned() throws Exception {
        server.enqueue(json(200, "{}"));

        builder().credentials(new AkSkCredentials(AK, SK, "temporary-token")).buildTransport()
                .execute(ApiRequest.get(ApiFamily.V2, "training-jobs").build());

        RecordedRequest r = server.takeRequest();
        assertThat(r.getHeaders().get("X-Security-Token")).isEqualTo("temporary-token");
        assertThat(r.getHeaders().get("Authorization")).contains("SignedHeaders=host;x-project-id;x-sdk-date;x-security-token,");
        WireSignature.assertValid(r, AK, SK);
    }

    @Test
    void pathSegmentsThatWouldAddressAnotherResourceAreRefusedBeforeSending() {
        RequestValidationException e = catchThrowableOfType(RequestValidationException.class,
                () -> transport().execute(ApiRequest.delete(ApiFamily.V2, "training-jobs", "").build()));

        assertThat(e.problems()).hasSize(1);
        assertThat(catchThrowableOfType(RequestValidationException.class,
                () -> transport().execute(ApiRequest.get(ApiFamily.V2, "training-jobs", "..").build()))).isNotNull();
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void v1IsSuccessFalseAtHttp200IsAnApiException() {
        server.enqueue(json(200, "{\"is_success\":false,\"error_code\":\"ModelArts.0103\","
                + "\"error_message\":\"Job name:TestModelArtsJob is existed\",\"request_id\":\"req-1\"}"));

        ApiException e = catchThrowableOfType(ApiException.class,
                () -> transport().execute(ApiRequest.post(ApiFamily.V1, "training-jobs").body(Map.of()).build()));

        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(e.errorCode()).isEqualTo("ModelArts.0103");
        assertThat(e.errorMessage()).isEqualTo("Job name:TestModelArtsJob is existed");
        assertThat(e.requestId()).isEqualTo("req-1");
        assertThat(e.call()).isEqualTo("POST /v1/{project_id}/training-jobs");
        assertThat(e.isDuplicateName()).isTrue();
    }

    @Test
    void v2BodyWithIsSuccessFalseIsNotJudgedByTheV1Rule() {
        server.enqueue(json(200, "{\"is_success\":false}"));

        assertThat(transport().execute(ApiRequest.get(ApiFamily.V2, "x").build()).path("is_success").asBoolean()).isFalse();
    }

    @Test
    void messageIsTakenFromErrorMessageThenErrorMsgThenMessage() {
        server.enqueue(json(400, "{\"error_code\":\"C1\",\"error_message\":\"one\",\"error_msg\":\"two\",\"message\":\"three\"}"));
        server.enqueue(json(400, "{\"error_code\":\"C2\",\"error_msg\":\"two\",\"message\":\"three\"}"));
        server.enqueue(json(400, "{\"code\":\"C3\",\"message\":\"three\"}"));
        ApiTransport transport = transport();

        assertThat(error(transport).errorMessage()).isEqualTo("one");
        assertThat(error(transport).errorMessage()).isEqualTo("two");
        ApiException third = error(transport);
        assertThat(third.errorMessage()).isEqualTo("three");
        assertThat(third.errorCode()).isEqualTo("C3");
    }

    @Test
    void requestIdFallsBackToTheXRequestIdHeader() {
        server.enqueue(json(404, "{\"error_code\":\"ModelArts.2775\",\"error_msg\":\"not found\"}")
                .newBuilder().addHeader("X-Request-Id", "hdr-42").build());

        ApiException e = error(transport());

        assertThat(e.requestId()).isEqualTo("hdr-42");
        assertThat(e.isNotFound()).isTrue();
        assertThat(e.getMessage()).isEqualTo(
                "ModelArts API error: HTTP 404 ModelArts.2775: not found (GET /v2/{project_id}/training-jobs/j-1, request id hdr-42)");
    }

    @Test
    void nestedErrorObjectsAreRead() {
        server.enqueue(json(401, "{\"error\":{\"code\":401,\"message\":\"The request you have made requires authentication.\","
                + "\"title\":\"Unauthorized\"}}"));

        ApiException e = error(transport());

        assertThat(e.errorCode()).isEqualTo("401");
        assertThat(e.errorMessage()).isEqualTo("The request you have made requires authentication.");
        assertThat(e.isAuthenticationFailure()).isTrue();
    }

    @Test
    void nonJsonErrorBodyBecomesAShortSingleLineSnippet() {
        String html = "<html>\n<head><title>502 Bad Gateway</title></head>\n<body>" + "x".repeat(500) + "</body></html>";
        server.enqueue(new MockResponse.Builder().code(502).addHeader("Content-Type", "text/html").body(html).build());

        ApiException e = error(transport());

        assertThat(e.httpStatus()).isEqualTo(502);
        assertThat(e.errorCode()).isNull();
        assertThat(e.errorMessage()).startsWith("<html> <head><title>502 Bad Gateway</title></head> <body>xxx")
                .doesNotContain("\n")
                .hasSizeLessThanOrEqualTo(121)
                .endsWith("…");
    }

    @Test
    void emptyBodiesAndNoContentAreMissingNodes() {
        server.enqueue(new MockResponse.Builder().code(204).build());
        server.enqueue(new MockResponse.Builder().code(200).build());
        server.enqueue(new MockResponse.Builder().code(202).body("  \n").build());
        ApiTransport transport = transport();

        for (int i = 0; i < 3; i++) {
            JsonNode node = transport.execute(ApiRequest.get(ApiFamily.V2, "training-jobs", "j-1", "logs").build());
            assertThat(node.isMissingNode()).isTrue();
        }
    }

    @Test
    void malformedJsonIsAResponseDecodingExceptionWithACleanMessage() {
        server.enqueue(new MockResponse.Builder().code(200).body("<html>\r\n  maintenance\n</html>").build());

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> transport().execute(ApiRequest.get(ApiFamily.V1, "training-jobs", "10").build()));

        assertThat(e.getMessage()).isEqualTo(
                "Could not parse the response of GET /v1/{project_id}/training-jobs/10 (HTTP 200): <html> maintenance </html>");
    }

    @Test
    void truncatedJsonIsAResponseDecodingException() {
        String truncated = "{\"items\":[{\"id\":\"1\",\"description\":\"" + "y".repeat(300);
        server.enqueue(new MockResponse.Builder().code(200).body(truncated).build());

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class,
                () -> transport().execute(ApiRequest.get(ApiFamily.V2, "training-jobs").build()));

        assertThat(e.getMessage())
                .startsWith("Could not parse the response of GET /v2/{project_id}/training-jobs (HTTP 200): {\"items\":[{\"id\":\"1\"")
                .doesNotContain("\n")
                .doesNotContain(SK)
                .doesNotContain("Authorization");
        assertThat(e.getMessage().substring(e.getMessage().indexOf("): ") + 3)).hasSizeLessThanOrEqualTo(121);
    }

    @Test
    void trailingGarbageAfterJsonIsRejected() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"a\":1} trailing").build());

        assertThat(catchThrowableOfType(ResponseDecodingException.class,
                () -> transport().execute(ApiRequest.get(ApiFamily.V2, "x").build()))).isNotNull();
    }

    private ApiException error(ApiTransport transport) {
        return catchThrowableOfType(ApiException.class,
                () -> transport.execute(ApiRequest.get(ApiFamily.V2, "training-jobs", "j-1").build()));
    }

    static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
    }
}
