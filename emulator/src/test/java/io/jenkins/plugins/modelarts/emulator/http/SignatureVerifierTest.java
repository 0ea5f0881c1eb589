package io.jenkins.plugins.modelarts.emulator.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The vendor's published signing vectors (modelarts-api-notes §5.3), checked by the emulator's own verifier. */
class SignatureVerifierTest {
    private static final String DATE = "20191115T033655Z";
    private static final Instant SIGNED_AT = Instant.parse("2019-11-15T03:36:55Z");

    private static String authorization(String signedHeaders, String signature) {
        return "SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=" + signedHeaders + ", Signature=" + signature;
    }

    private static void verify(String method, String path, String query, Map<String, String> headers, String body,
            String authorization, Instant now) {
        SignatureVerifier.verify(method, path, query, headers::get, body.getBytes(StandardCharsets.UTF_8), authorization,
                ak -> ak.equals("AccessKey") ? "SecretKey" : null, now);
    }

    @Test
    void vectorA_getWithQuery() {
        Map<String, String> headers = Map.of("host", "service.region.example.com", "x-sdk-date", DATE,
                "content-type", "application/json", "test_underscore", "x");
        String canonical = SignatureVerifier.canonicalRequest("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs",
                "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0", headers::get, "host;x-sdk-date", new byte[0]);
        assertThat(canonical).isEqualTo("GET\n/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\nhost:service.region.example.com\n"
                + "x-sdk-date:20191115T033655Z\n\nhost;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        verify("GET", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs", "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0",
                headers, "", authorization("host;x-sdk-date",
                        "fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d"), SIGNED_AT);
    }

    @Test
    void vectorB_postWithJsonBody() {
        verify("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", null,
                Map.of("host", "service.region.example.com", "x-sdk-date", DATE), "{\"key\":\"value\"}",
                authorization("host;x-sdk-date", "b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771"),
                SIGNED_AT);
    }

    @Test
    void vectorC_explicitHostAndEmptyPath() {
        verify("GET", "", null, Map.of("host", "example.com", "x-sdk-date", DATE), "",
                authorization("host;x-sdk-date", "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6"),
                SIGNED_AT);
    }

    @Test
    void aChangedBodyFailsVerification() {
        assertThatThrownBy(() -> verify("POST", "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123", null,
                        Map.of("host", "service.region.example.com", "x-sdk-date", DATE), "{\"key\":\"other\"}",
                        authorization("host;x-sdk-date", "b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771"),
                        SIGNED_AT))
                .isInstanceOfSatisfying(EmulatorException.class, e -> {
                    assertThat(e.status()).isEqualTo(401);
                    assertThat(e.code()).isEqualTo("APIGW.0301");
                    assertThat(e.getMessage()).contains("verify aksk signature fail");
                });
    }

    @Test
    void aSignatureOlderThanFifteenMinutesIsExpired() {
        assertThatThrownBy(() -> verify("GET", "", null, Map.of("host", "example.com", "x-sdk-date", DATE), "",
                        authorization("host;x-sdk-date", "919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6"),
                        SIGNED_AT.plusSeconds(16 * 60)))
                .hasMessageContaining("signature expired");
    }

    @Test
    void anUnknownAccessKeyIsRefused() {
        assertThatThrownBy(() -> SignatureVerifier.verify("GET", "/", null, Map.of("x-sdk-date", DATE)::get, new byte[0],
                        "SDK-HMAC-SHA256 Access=Nobody, SignedHeaders=x-sdk-date, Signature=00", ak -> null, SIGNED_AT))
                .hasMessageContaining("unknown access key");
    }

    @Test
    void encodesLikeRfc3986() {
        assertThat(SignatureVerifier.encode("a b*c/d~e")).isEqualTo("a%20b%2Ac%2Fd~e");
        assertThat(SignatureVerifier.canonicalQuery("b=2&a=x%20y&c")).isEqualTo("a=x%20y&b=2&c=");
    }
}
