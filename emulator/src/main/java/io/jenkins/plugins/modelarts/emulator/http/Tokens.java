package io.jenkins.plugins.modelarts.emulator.http;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** IAM tokens the emulator issued, each valid for 24 hours of its clock unless expired early. */
public final class Tokens {
    private static final Duration LIFETIME = Duration.ofHours(24);
    private final Map<String, Instant> expiry = new ConcurrentHashMap<>();
    private final AtomicLong counter = new AtomicLong();
    private final Clock clock;

    public Tokens(Clock clock) {
        this.clock = clock;
    }

    /** A new token; its expiry is {@link #expiresAt(String)}. */
    public String issue() {
        String token = "MIIEmulatorToken-" + counter.incrementAndGet() + "-" + "x".repeat(64);
        expiry.put(token, clock.instant().plus(LIFETIME));
        return token;
    }

    public Instant expiresAt(String token) {
        return expiry.get(token);
    }

    public boolean isValid(String token) {
        Instant until = expiry.get(token);
        return until != null && clock.instant().isBefore(until);
    }

    public void expireAll() {
        Instant past = clock.instant().minusSeconds(1);
        expiry.replaceAll((t, e) -> past);
    }

    public void clear() {
        expiry.clear();
    }
}
