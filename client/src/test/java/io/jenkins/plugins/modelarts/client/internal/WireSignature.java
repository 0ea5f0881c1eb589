package io.jenkins.plugins.modelarts.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import mockwebserver3.RecordedRequest;

/**
 * Checks a recorded request's signature the way a server would: from the raw request target and
 * headers as they arrived, without decoding or re-encoding anything. It therefore also proves that
 * the wire carries exactly the encoding that was signed.
 */
final class WireSignature {
    private static final Pattern AUTHORIZATION =
            Pattern.compile("SDK-HMAC-SHA256 Access=([^,]+), SignedHeaders=([a-z0-9;-]+), Signature=([0-9a-f]{64})");

    private WireSignature() {}

    static void assertValid(RecordedRequest request, String accessKey, String secretKey) throws Exception {
        String authorization = request.getHeaders().get("Authorization");
        assertThat(authorization).isNotNull();
        Matcher m = AUTHORIZATION.matcher(authorization);
        assertThat(m.matches()).as(authorization).isTrue();
        assertThat(m.group(1)).isEqualTo(accessKey);
        String canonical = canonicalRequest(request, m.group(2));
        String stringToSign = "SDK-HMAC-SHA256\n" + request.getHeaders().get("X-Sdk-Date") + "\n"
                + sha256Hex(canonical.getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        assertThat(HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8))))
                .as("signature of\n%s", canonical)
                .isEqualTo(m.group(3));
    }

    static String canonicalRequest(RecordedRequest request, String signedHeaders) throws Exception {
        String target = request.getTarget();
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        List<String> params = q < 0 ? new ArrayList<>() : new ArrayList<>(Arrays.asList(target.substring(q + 1).split("&")));
        params.sort(Comparator.comparing(p -> p.substring(0, p.indexOf('='))));
        StringBuilder headers = new StringBuilder();
        for (String name : signedHeaders.split(";")) {
            headers.append(name).append(':').append(request.getHeaders().get(name)).append('\n');
        }
        byte[] body = request.getBody() == null ? new byte[0] : request.getBody().toByteArray();
        return request.getMethod() + "\n"
                + (path.endsWith("/") ? path : path + "/") + "\n"
                + String.join("&", params) + "\n"
                + headers + "\n"
                + signedHeaders + "\n"
                + sha256Hex(body);
    }

    static String sha256Hex(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }
}
