package io.jenkins.plugins.modelarts.client.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.TimeZone;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

/**
 * Vectors A–C are the vendor SDK's public signer vectors (notes §5.3). Vector D is this project's
 * own ModelArts-shaped request; its expected values were computed independently with python3
 * (hashlib/hmac over a canonical request assembled by hand from §5.2, see the comment on it).
 */
class AkSkSignerTest {
    private static final AkSkCredentials KEYS = AkSkCredentials.of("AccessKey", "SecretKey");
    private static final Instant SDK_DATE = Instant.parse("2019-11-15T03:36:55Z");
    private static final byte[] NO_BODY = new byte[0];

    @Test
    void vectorA_getWithQuery() {
        HttpUrl url = HttpUrl.get("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs"
                + "?limit=2&marker=13551d6b-755d-4757-b956-536f674975c0");
        Headers headers = Headers.of("Content-Type", "application/json", "TEST_UNDERSCORE", "value");

        AkSkSigner.Signature s = AkSkSigner.sign("GET", url, headers, NO_BODY, KEYS, SDK_DATE);

        assertThat(s.canonicalRequest()).isEqualTo("GET\n"
                + "/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs/\n"
                + "limit=2&marker=13551d6b-755d-4757-b956-536f674975c0\n"
                + "host:service.region.example.com\n"
                + "x-sdk-date:20191115T033655Z\n"
                + "\n"
                + "host;x-sdk-date\n"
                + "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
        assertThat(s.stringToSign()).isEqualTo("SDK-HMAC-SHA256\n20191115T033655Z\n"
                + "0e84e7853cf87931d965c80e83bffb15aa865326db3a6f57aa2560a7601dfe18");
        assertThat(s.authorization()).isEqualTo("SDK-HMAC-SHA256 Access=AccessKey, SignedHeaders=host;x-sdk-date, "
                + "Signature=fd95e7da6f695cfb4cabbb9d6b0968aec155bc576b064835282473539ae9ea1d");
        assertThat(s.headers().get("X-Sdk-Date")).isEqualTo("20191115T033655Z");
        assertThat(s.headers().get("X-Security-Token")).isNull();
    }

    @Test
    void vectorB_postWithJsonBody() {
        HttpUrl url = HttpUrl.get("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpc/123");
        byte[] body = "{\"key\":\"value\"}".getBytes(StandardCharsets.UTF_8);

        AkSkSigner.Signature s = AkSkSigner.sign(
                "POST", url, Headers.of("Content-Type", "application/json"), body, KEYS, SDK_DATE);

        assertThat(AkSkSigner.sha256Hex(body)).isEqualTo("e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
        assertThat(s.canonicalRequest()).endsWith("\nhost;x-sdk-date\n"
                + "e43abcf3375244839c012f9633f95862d232a95b00d5bc7348b3098b9fed7f32");
        assertThat(s.signature()).isEqualTo("b5649aa774f6cac7437631662f08815fc65c70e40e486df6db2436ce68902771");
    }

    @Test
    void vectorC_explicitHostHeader() {
        HttpUrl url = HttpUrl.get("https://service.region.example.com");

        AkSkSigner.Signature s = AkSkSigner.sign("GET", url, Headers.of("Host", "example.com"), NO_BODY, KEYS, SDK_DATE);

        assertThat(s.canonicalRequest()).startsWith("GET\n/\n\nhost:example.com\nx-sdk-date:20191115T033655Z\n\n");
        assertThat(s.signature()).isEqualTo("919ad8b75d4ad49da0d377e63ee21c4a7a54b752f6bf2878b4adbe9c19927da6");
    }

    /**
     * Vector D. Expected values from python3:
     * <pre>
     * enc = lambda s: urllib.parse.quote(s, safe='-_.~')
     * canonical = "POST\n/v2/&lt;pid&gt;/training-jobs/job%20one%2A/run%2F1/actions/\n"
     *   + "limit=10&amp;offset=0&amp;search_content=a%20b%2Ac&amp;tag=%C3%BC%2F%2B\n"
     *   + "host:modelarts.cn-north-4.example.test:8443\nx-project-id:&lt;pid&gt;\n"
     *   + "x-sdk-date:20240305T070809Z\nx-security-token:gQpjbi1ub3J0aC00IExAMPLE-TOKEN==\n\n"
     *   + "host;x-project-id;x-sdk-date;x-security-token\n" + sha256(body).hexdigest()
     * sts = "SDK-HMAC-SHA256\n20240305T070809Z\n" + sha256(canonical).hexdigest()
     * hmac.new(b"exampleSecretKey/With+Chars=", sts.encode(), sha256).hexdigest()
     * </pre>
     */
    @Test
    void vectorD_modelArtsRequestWithProjectIdSecurityTokenEncodedQueryAndPort() {
        String pid = "0123456789abcdef0123456789abcdef";
        HttpUrl url = new HttpUrl.Builder().scheme("https").host("modelarts.cn-north-4.example.test").port(8443)
                .addPathSegment("v2").addPathSegment(pid).addPathSegment("training-jobs")
                .addPathSegment("job one*").addPathSegment("run/1").addPathSegment("actions")
                .addQueryParameter("search_content", "a b*c")
                .addQueryParameter("tag", "ü/+")
                .addQueryParameter("offset", "0")
                .addQueryParameter("limit", "10")
                .build();
        AkSkCredentials temporary = new AkSkCredentials(
                "HPUAEXAMPLEKEY123456", "exampleSecretKey/With+Chars=", "gQpjbi1ub3J0aC00IExAMPLE-TOKEN==");
        byte[] body = "{\"action_type\":\"terminate\"}".getBytes(StandardCharsets.UTF_8);

        AkSkSigner.Signature s = AkSkSigner.sign("POST", url, Headers.of("X-Project-Id", pid), body, temporary,
                Instant.parse("2024-03-05T07:08:09Z"));

        assertThat(s.canonicalRequest()).isEqualTo("POST\n"
                + "/v2/" + pid + "/training-jobs/job%20one%2A/run%2F1/actions/\n"
                + "limit=10&offset=0&search_content=a%20b%2Ac&tag=%C3%BC%2F%2B\n"
                + "host:modelarts.cn-north-4.example.test:8443\n"
                + "x-project-id:" + pid + "\n"
                + "x-sdk-date:20240305T070809Z\n"
                + "x-security-token:gQpjbi1ub3J0aC00IExAMPLE-TOKEN==\n"
                + "\n"
                + "host;x-project-id;x-sdk-date;x-security-token\n"
                + "31265ee8259ed442e53e3aefe54cb7f1ea5d31a88a2849b1a81c11bcebd7fd62");
        assertThat(s.stringToSign()).isEqualTo("SDK-HMAC-SHA256\n20240305T070809Z\n"
                + "d3af70fe2793dff920afd3ef33ef24935831eb21425cde97ec72e016aa8c77b7");
        assertThat(s.headers().get("X-Security-Token")).isEqualTo("gQpjbi1ub3J0aC00IExAMPLE-TOKEN==");
        assertThat(s.authorization()).isEqualTo("SDK-HMAC-SHA256 Access=HPUAEXAMPLEKEY123456, "
                + "SignedHeaders=host;x-project-id;x-sdk-date;x-security-token, "
                + "Signature=a8f5367dbf0560a5a5a29e48229600f351fa82f8a5f5d4d9e698f16e23193326");
    }

    @Test
    void vectorsHoldUnderTurkishLocale() {
        underDefaultLocale(Locale.forLanguageTag("tr-TR"));
    }

    @Test
    void vectorsHoldUnderGermanLocale() {
        underDefaultLocale(Locale.GERMANY);
    }

    private void underDefaultLocale(Locale locale) {
        Locale savedLocale = Locale.getDefault();
        TimeZone savedZone = TimeZone.getDefault();
        try {
            Locale.setDefault(locale);
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kathmandu"));
            vectorA_getWithQuery();
            vectorB_postWithJsonBody();
            vectorC_explicitHostHeader();
            vectorD_modelArtsRequestWithProjectIdSecurityTokenEncodedQueryAndPort();
            // upper-case names: in Turkish, "ID".toLowerCase() would give a dotless ı
            AkSkSigner.Signature s = AkSkSigner.sign("get", HttpUrl.get("https://h.example/A"),
                    Headers.of("X-PROJECT-ID", "IIII"), NO_BODY, KEYS, SDK_DATE);
            assertThat(s.signedHeaders()).isEqualTo("host;x-project-id;x-sdk-date");
            assertThat(s.canonicalRequest()).startsWith("GET\n/A/\n\nhost:h.example\nx-project-id:IIII\n");
        } finally {
            Locale.setDefault(savedLocale);
            TimeZone.setDefault(savedZone);
        }
    }

    @Test
    void hostCarriesOnlyNonDefaultPorts() {
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("https://example.com:443/x"))).isEqualTo("example.com");
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("http://example.com:80/x"))).isEqualTo("example.com");
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("http://example.com:443/x"))).isEqualTo("example.com:443");
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("http://127.0.0.1:8080/"))).isEqualTo("127.0.0.1:8080");
        assertThat(AkSkSigner.hostHeader(HttpUrl.get("http://[::1]:8080/"))).isEqualTo("[::1]:8080");
    }

    @Test
    void canonicalUriKeepsEmptySegmentsAndEndsWithOneSlash() {
        assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example/a/"))).isEqualTo("/a/");
        assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example/a//b"))).isEqualTo("/a//b/");
        assertThat(AkSkSigner.canonicalUri(HttpUrl.get("https://h.example/"))).isEqualTo("/");
    }

    @Test
    void canonicalQueryGivesValuelessParametersAnEqualsSignAndKeepsRepeatedNamesInOrder() {
        HttpUrl url = HttpUrl.get("https://h.example/?b=2&flag&a=z&a=y");

        assertThat(AkSkSigner.canonicalQuery(url)).isEqualTo("a=z&a=y&b=2&flag=");
    }

    @Test
    void headersAreSignedWithTheirFirstValue() {
        AkSkSigner.Signature s = AkSkSigner.sign("GET", HttpUrl.get("https://h.example/"),
                new Headers.Builder().add("X-Project-Id", "one").add("X-Project-Id", "two").build(),
                NO_BODY, KEYS, SDK_DATE);

        assertThat(s.canonicalRequest()).contains("x-project-id:one\n").doesNotContain("two");
    }

    @Test
    void toStringShowsNeitherSignatureNorToken() {
        AkSkCredentials temporary = new AkSkCredentials("HPUAEXAMPLEKEY123456", "theSecretKey", "theSecurityToken");
        AkSkSigner.Signature s = AkSkSigner.sign("GET", HttpUrl.get("https://h.example/"), Headers.of(), NO_BODY,
                temporary, SDK_DATE);

        assertThat(s.toString()).doesNotContain(s.signature()).doesNotContain("theSecurityToken")
                .doesNotContain("theSecretKey");
    }
}
