package io.jenkins.plugins.modelarts.client.auth;

import io.jenkins.plugins.modelarts.client.internal.Rfc3986;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import okhttp3.Headers;
import okhttp3.HttpUrl;

/**
 * Huawei Cloud's {@code SDK-HMAC-SHA256} request signature, as a pure function of the request, the
 * credentials and the time.
 *
 * <p>Signed are {@code host}, {@code x-sdk-date}, {@code x-security-token} (temporary keys) and the
 * headers passed in, except those that are never signed: {@code Content-Type} and any name with an
 * underscore (the vendor SDK's rules), and the ones OkHttp manages itself ({@code Content-Length},
 * {@code Transfer-Encoding}, {@code Accept-Encoding}, {@code Connection}). So pass exactly the extra
 * headers that will be sent unchanged, such as {@code X-Project-Id}. The {@code Host} value is the
 * one OkHttp sends (port only when not the scheme's default) unless a {@code Host} header is given.
 *
 * <p>The canonical URI and query re-encode the decoded path segments and query parameters with
 * {@link Rfc3986}; a request whose URL was built with the same encoder therefore carries on the wire
 * exactly what was signed. Everything is formatted with {@link Locale#ROOT} in UTC.
 */
public final class AkSkSigner {
    public static final String ALGORITHM = "SDK-HMAC-SHA256";
    /** hex(SHA-256("")) */
    public static final String EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

    private static final DateTimeFormatter SDK_DATE =
            DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final Set<String> NEVER_SIGNED =
            Set.of("content-type", "content-length", "transfer-encoding", "accept-encoding", "connection");
    private static final HexFormat HEX = HexFormat.of();

    private AkSkSigner() {}

    /**
     * Signs one request attempt.
     *
     * @param headers the extra headers that will be sent and should be signed (may be empty)
     * @param body the exact bytes that will be sent (empty for no body)
     * @return the headers to add: {@code X-Sdk-Date}, {@code X-Security-Token} when the credentials
     *     carry one, and {@code Authorization}
     */
    public static Signature sign(
            String method, HttpUrl url, Headers headers, byte[] body, AkSkCredentials credentials, Instant now) {
        Objects.requireNonNull(method, "method == null");
        Objects.requireNonNull(url, "url == null");
        Objects.requireNonNull(headers, "headers == null");
        Objects.requireNonNull(body, "body == null");
        Objects.requireNonNull(credentials, "credentials == null");
        Objects.requireNonNull(now, "now == null");

        String sdkDate = SDK_DATE.format(now);
        Map<String, String> signed = headersToSign(url, headers, sdkDate, credentials.securityToken());
        String signedHeaders = String.join(";", signed.keySet());
        String canonicalRequest = method.toUpperCase(Locale.ROOT) + "\n"
                + canonicalUri(url) + "\n"
                + canonicalQuery(url) + "\n"
                + canonicalHeaders(signed) + "\n"
                + signedHeaders + "\n"
                + sha256Hex(body);
        String stringToSign = ALGORITHM + "\n" + sdkDate + "\n" + sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8));
        String signature = hmacSha256Hex(credentials.secretKey(), stringToSign);

        Headers.Builder add = new Headers.Builder().add("X-Sdk-Date", sdkDate);
        if (credentials.securityToken() != null && headers.get("X-Security-Token") == null) {
            add.add("X-Security-Token", credentials.securityToken());
        }
        add.add("Authorization", ALGORITHM + " Access=" + credentials.accessKey()
                + ", SignedHeaders=" + signedHeaders + ", Signature=" + signature);
        return new Signature(add.build(), canonicalRequest, stringToSign, signedHeaders, signature);
    }

    private static Map<String, String> headersToSign(HttpUrl url, Headers headers, String sdkDate, String securityToken) {
        Map<String, String> signed = new TreeMap<>();
        for (String name : headers.names()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (!NEVER_SIGNED.contains(lower) && lower.indexOf('_') < 0) {
                signed.putIfAbsent(lower, headers.values(name).get(0));
            }
        }
        signed.putIfAbsent("host", hostHeader(url));
        signed.put("x-sdk-date", sdkDate);
        if (securityToken != null) {
            signed.putIfAbsent("x-security-token", securityToken);
        }
        return signed;
    }

    /** {@code host}, plus {@code :port} only when the port is not the scheme's default; as OkHttp sends it. */
    public static String hostHeader(HttpUrl url) {
        String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
        return url.port() == HttpUrl.defaultPort(url.scheme()) ? host : host + ":" + url.port();
    }

    /** Each decoded path segment RFC-3986 encoded, joined by {@code /}, always ending in {@code /}. */
    public static String canonicalUri(HttpUrl url) {
        StringBuilder sb = new StringBuilder();
        for (String segment : url.pathSegments()) {
            sb.append('/').append(Rfc3986.encode(segment));
        }
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != '/') {
            sb.append('/');
        }
        return sb.toString();
    }

    /** {@code name=value} pairs, encoded, sorted by encoded name (stable for repeated names), joined by {@code &}. */
    public static String canonicalQuery(HttpUrl url) {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < url.querySize(); i++) {
            String value = url.queryParameterValue(i);
            pairs.add(new String[] {Rfc3986.encode(url.queryParameterName(i)), value == null ? "" : Rfc3986.encode(value)});
        }
        pairs.sort((a, b) -> a[0].compareTo(b[0]));
        StringBuilder sb = new StringBuilder();
        for (String[] pair : pairs) {
            if (sb.length() > 0) {
                sb.append('&');
            }
            sb.append(pair[0]).append('=').append(pair[1]);
        }
        return sb.toString();
    }

    private static String canonicalHeaders(Map<String, String> signed) {
        StringBuilder sb = new StringBuilder();
        signed.forEach((name, value) -> sb.append(name).append(':').append(value).append('\n'));
        return sb.toString();
    }

    public static String sha256Hex(byte[] bytes) {
        return HEX.formatHex(HmacSha256.sha256().digest(bytes));
    }

    private static String hmacSha256Hex(String key, String data) {
        return HEX.formatHex(HmacSha256.mac(key.getBytes(StandardCharsets.UTF_8), data.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The outcome of {@link #sign}: the headers to add, and the intermediate strings for diagnosing a
     * signature mismatch. {@code toString()} leaves out the signature and the Authorization value.
     */
    public record Signature(
            Headers headers, String canonicalRequest, String stringToSign, String signedHeaders, String signature) {

        public Signature {
            Objects.requireNonNull(headers, "headers == null");
        }

        /** The value of the {@code Authorization} header. */
        public String authorization() {
            return headers.get("Authorization");
        }

        @Override
        public String toString() {
            return "Signature[signedHeaders=" + signedHeaders + ", signature=" + Redaction.MARK + "]";
        }
    }
}
