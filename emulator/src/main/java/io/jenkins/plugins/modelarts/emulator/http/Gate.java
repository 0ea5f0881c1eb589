package io.jenkins.plugins.modelarts.emulator.http;

import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.time.Clock;
import java.util.Map;

/** The API gateway's authentication check for ModelArts routes: an issued, unexpired IAM token, or a valid AK/SK signature. */
final class Gate {
    private final boolean required;
    private final Map<String, String> secretKeys;
    private final Tokens tokens;
    private final Clock clock;

    Gate(boolean required, Map<String, String> secretKeys, Tokens tokens, Clock clock) {
        this.required = required;
        this.secretKeys = secretKeys;
        this.tokens = tokens;
        this.clock = clock;
    }

    void check(Request r) {
        if (!required) {
            return;
        }
        String token = r.header("x-auth-token");
        if (token != null) {
            if (!tokens.isValid(token)) {
                throw EmulatorException.tokenExpired();
            }
            return;
        }
        String authorization = r.header("authorization");
        if (authorization == null || !authorization.startsWith(SignatureVerifier.ALGORITHM)) {
            throw EmulatorException.badSignature("no X-Auth-Token and no SDK-HMAC-SHA256 signature");
        }
        SignatureVerifier.verify(r.method(), r.rawPath(), r.rawQuery(), r::header, r.body(), authorization,
                secretKeys::get, clock.instant());
    }

    /** OBS requests: the real client signs them S3-style ({@code AWS AK:signature}); the access key must be known. */
    void checkObs(Request r) {
        if (!required) {
            return;
        }
        String authorization = r.header("authorization");
        if (authorization == null) {
            throw new EmulatorException(403, "AccessDenied", "Anonymous access is not allowed");
        }
        String ak = authorization.replaceFirst("^(AWS|OBS) ", "").replaceFirst(":.*$", "");
        if (!secretKeys.containsKey(ak)) {
            throw new EmulatorException(403, "InvalidAccessKeyId", "The access key does not exist");
        }
    }
}
