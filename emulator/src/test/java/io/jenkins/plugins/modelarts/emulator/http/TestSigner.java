package io.jenkins.plugins.modelarts.emulator.http;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;

/** Signs java.net.http requests for emulator tests, with the emulator's own canonical form. */
public final class TestSigner {
    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private TestSigner() {}

    public static HttpRequest.Builder signed(String method, URI uri, String body, String ak, String sk, Instant at) {
        String date = SDK_DATE.format(at);
        String host = uri.getHost() + ":" + uri.getPort();
        byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = Map.of("host", host, "x-sdk-date", date);
        String canonical = SignatureVerifier.canonicalRequest(method, uri.getRawPath(), uri.getRawQuery(), headers::get,
                "host;x-sdk-date", bytes);
        String signature = SignatureVerifier.sign(canonical, date, sk);
        return HttpRequest.newBuilder(uri)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("X-Sdk-Date", date)
                .header("Content-Type", "application/json")
                .header("Authorization", "SDK-HMAC-SHA256 Access=" + ak + ", SignedHeaders=host;x-sdk-date, Signature=" + signature);
    }
}
