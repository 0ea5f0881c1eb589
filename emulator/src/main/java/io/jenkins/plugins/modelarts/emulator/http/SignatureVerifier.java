package io.jenkins.plugins.modelarts.emulator.http;

import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Checks an {@code SDK-HMAC-SHA256} signature the way the cloud's gateway does: the canonical
 * request is rebuilt from what arrived (method, path, query, the headers named in
 * {@code SignedHeaders}, the body's SHA-256), signed with the secret key of the access key named in
 * the header, and compared; {@code X-Sdk-Date} must be within 15 minutes of the emulator's clock.
 * Written independently of the client's signer, so the two cannot share a mistake.
 */
public final class SignatureVerifier {
    static final String ALGORITHM = "SDK-HMAC-SHA256";
    private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT);
    private static final Duration MAX_SKEW = Duration.ofMinutes(15);

    private SignatureVerifier() {}

    /**
     * @param header the Authorization header
     * @param headers request headers by lower-case name
     * @param rawPath the path as sent (percent-encoded)
     * @param rawQuery the query as sent, or null
     * @param secretKeys secret key of an access key, or null when unknown
     */
    public static void verify(String method, String rawPath, String rawQuery, Function<String, String> headers,
            byte[] body, String header, Function<String, String> secretKeys, Instant now) {
        Map<String, String> parts = parse(header);
        String accessKey = parts.get("Access");
        String signedHeaders = parts.get("SignedHeaders");
        String signature = parts.get("Signature");
        if (accessKey == null || signedHeaders == null || signature == null) {
            throw EmulatorException.badSignature("malformed Authorization header");
        }
        String secretKey = secretKeys.apply(accessKey);
        if (secretKey == null) {
            throw EmulatorException.badSignature("unknown access key");
        }
        String date = headers.apply("x-sdk-date");
        if (date == null) {
            throw EmulatorException.badSignature("X-Sdk-Date is missing");
        }
        checkSkew(date, now);
        String expected = sign(canonicalRequest(method, rawPath, rawQuery, headers, signedHeaders, body), date, secretKey);
        if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII), signature.getBytes(StandardCharsets.US_ASCII))) {
            throw EmulatorException.badSignature("verify aksk signature fail");
        }
    }

    static String canonicalRequest(String method, String rawPath, String rawQuery, Function<String, String> headers,
            String signedHeaders, byte[] body) {
        StringBuilder sb = new StringBuilder(method).append('\n');
        sb.append(canonicalUri(rawPath)).append('\n');
        sb.append(canonicalQuery(rawQuery)).append('\n');
        for (String name : signedHeaders.split(";")) {
            String value = headers.apply(name);
            if (value == null) {
                throw EmulatorException.badSignature("signed header " + name + " is missing");
            }
            sb.append(name).append(':').append(value.trim()).append('\n');
        }
        sb.append('\n').append(signedHeaders).append('\n');
        sb.append(hex(sha256(body)));
        return sb.toString();
    }

    static String sign(String canonicalRequest, String date, String secretKey) {
        String stringToSign = ALGORITHM + "\n" + date + "\n" + hex(sha256(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return hex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String canonicalUri(String rawPath) {
        String path = rawPath == null || rawPath.isEmpty() ? "/" : rawPath;
        StringBuilder sb = new StringBuilder();
        for (String segment : path.split("/", -1)) {
            if (sb.length() > 0 || !segment.isEmpty()) {
                sb.append('/');
            }
            sb.append(encode(decode(segment)));
        }
        String uri = sb.length() == 0 ? "/" : sb.toString();
        if (!uri.startsWith("/")) {
            uri = "/" + uri;
        }
        return uri.endsWith("/") ? uri : uri + "/";
    }

    static String canonicalQuery(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        TreeMap<String, List<String>> sorted = new TreeMap<>();
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String name = encode(decode(eq < 0 ? pair : pair.substring(0, eq)));
            String value = eq < 0 ? "" : encode(decode(pair.substring(eq + 1)));
            sorted.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        List<String> out = new ArrayList<>();
        sorted.forEach((name, values) -> values.forEach(v -> out.add(name + "=" + v)));
        return String.join("&", out);
    }

    /** RFC 3986: unreserved characters stay, everything else is %XX of its UTF-8 bytes. */
    static String encode(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_'
                    || c == '.' || c == '~') {
                sb.append(c);
            } else {
                sb.append('%').append(String.format(Locale.ROOT, "%02X", b & 0xff));
            }
        }
        return sb.toString();
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static void checkSkew(String date, Instant now) {
        try {
            Instant signedAt = LocalDateTime.parse(date, SDK_DATE).toInstant(ZoneOffset.UTC);
            if (Duration.between(signedAt, now).abs().compareTo(MAX_SKEW) > 0) {
                throw EmulatorException.badSignature("signature expired: X-Sdk-Date is more than 15 minutes from server time");
            }
        } catch (DateTimeParseException e) {
            throw EmulatorException.badSignature("X-Sdk-Date must look like 20191115T033655Z");
        }
    }

    private static Map<String, String> parse(String header) {
        Map<String, String> parts = new TreeMap<>();
        String rest = header.substring(ALGORITHM.length()).trim();
        for (String part : rest.split(",")) {
            int eq = part.indexOf('=');
            if (eq > 0) {
                parts.put(part.substring(0, eq).trim(), part.substring(eq + 1).trim());
            }
        }
        return parts;
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }
}
