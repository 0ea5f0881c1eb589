package io.jenkins.plugins.modelarts.client;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

/**
 * When and how long to wait before sending a failed request again: capped exponential backoff with
 * jitter, and the server's {@code Retry-After} when it sends one.
 *
 * <p>What may be retried depends on whether the request is idempotent:
 *
 * <ul>
 *   <li>Idempotent requests (reads, deletes, stops, searches) are retried after any I/O failure, on
 *       {@link #retryableStatuses()}, on {@link #retryableErrorCodes()} and when throttled.
 *   <li>Non-idempotent requests (creates) are retried only when the service certainly did not
 *       process them: when throttled ({@link ApiException#isThrottled()}: HTTP 429 or a throttling
 *       code, which the gateway answers before the request reaches ModelArts), and after an I/O
 *       failure that happened before the request could be sent (DNS, connection refused, connect
 *       timeout, TLS handshake). A 5xx, a read timeout or a reset after sending is ambiguous: the
 *       job may exist, so the caller must look it up rather than create it twice.
 * </ul>
 *
 * <p>A record: derive variants with {@link #newBuilder()}.
 *
 * @param maxAttempts attempts in total, including the first (1 means no retry)
 * @param baseDelay the delay before the first retry
 * @param maxDelay no backoff delay exceeds this
 * @param multiplier the growth factor per attempt
 * @param jitter the random spread, as a fraction of the delay: 0.2 means ±20%
 * @param retryableStatuses HTTP statuses retried for idempotent requests
 * @param retryableErrorCodes vendor codes retried for idempotent requests, besides the throttling ones
 * @param honorRetryAfter whether a {@code Retry-After} header replaces the backoff delay
 * @param maxRetryAfter the longest {@code Retry-After} honoured; longer ones are cut to this
 */
public record RetryPolicy(
        int maxAttempts,
        Duration baseDelay,
        Duration maxDelay,
        double multiplier,
        double jitter,
        Set<Integer> retryableStatuses,
        Set<String> retryableErrorCodes,
        boolean honorRetryAfter,
        Duration maxRetryAfter) {

    private static final RetryPolicy DEFAULTS = new Builder().build();

    public RetryPolicy {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts < 1: " + maxAttempts);
        }
        requireNonNegative(baseDelay, "baseDelay");
        requireNonNegative(maxDelay, "maxDelay");
        requireNonNegative(maxRetryAfter, "maxRetryAfter");
        if (!(multiplier >= 1.0) || Double.isInfinite(multiplier)) {
            throw new IllegalArgumentException("multiplier must be >= 1: " + multiplier);
        }
        if (!(jitter >= 0.0 && jitter <= 1.0)) {
            throw new IllegalArgumentException("jitter must be within [0, 1]: " + jitter);
        }
        retryableStatuses = Set.copyOf(Objects.requireNonNull(retryableStatuses, "retryableStatuses == null"));
        retryableErrorCodes = Set.copyOf(Objects.requireNonNull(retryableErrorCodes, "retryableErrorCodes == null"));
    }

    private static void requireNonNegative(Duration d, String name) {
        Objects.requireNonNull(d, name + " == null");
        if (d.isNegative()) {
            throw new IllegalArgumentException(name + " is negative: " + d);
        }
    }

    /** 5 attempts, 500 ms doubling to at most 30 s, ±20% jitter, 429/500/502/503/504, Retry-After up to 120 s. */
    public static RetryPolicy defaults() {
        return DEFAULTS;
    }

    /** One attempt, never a retry. */
    public static RetryPolicy none() {
        return DEFAULTS.newBuilder().maxAttempts(1).build();
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder newBuilder() {
        return new Builder(this);
    }

    /** Whether the service's answer {@code e} may be retried. */
    public boolean isRetryable(ApiException e, boolean idempotent) {
        Objects.requireNonNull(e, "e == null");
        if (e.isThrottled()) {
            return true;
        }
        return idempotent && (retryableStatuses.contains(e.httpStatus())
                || (e.errorCode() != null && retryableErrorCodes.contains(e.errorCode())));
    }

    /**
     * Whether the I/O failure {@code e} may be retried.
     *
     * @param requestMayHaveBeenSent false only when the failure happened before a connection able to
     *     carry the request existed (DNS, connect, TLS handshake), so the service cannot have seen it
     */
    public boolean isRetryable(IOException e, boolean idempotent, boolean requestMayHaveBeenSent) {
        Objects.requireNonNull(e, "e == null");
        if (isInterruption(e) || isPlainTextAnswerToTls(e) || isUnknownHost(e)
                || isUnansweredTlsHandshake(e, requestMayHaveBeenSent)) {
            return false;
        }
        return idempotent || !requestMayHaveBeenSent;
    }

    /**
     * An https endpoint that answered in plain text (an http port, or a proxy's error page): the same answer
     * comes every time, so retrying only delays the "check the endpoint's scheme and port" message.
     */
    private static boolean isPlainTextAnswerToTls(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof javax.net.ssl.SSLException && t.getMessage() != null
                    && t.getMessage().contains("Unsupported or unrecognized SSL message")) {
                return true;
            }
        }
        return false;
    }

    /**
     * A host name DNS does not know: a misspelt endpoint or region, which a few seconds of backoff do not
     * fix; failing at once brings the "check the endpoint" message without the wait.
     */
    private static boolean isUnknownHost(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.UnknownHostException) {
                return true;
            }
        }
        return false;
    }

    /**
     * A read that timed out before a connection able to carry the request existed: the TCP connection
     * was made (a connect timeout says "connect timed out"), so it was the TLS handshake that got no
     * answer within its bound. That is an {@code https://} endpoint pointed at a plain-HTTP server which
     * waits for a request line, and it answers the same way every time.
     */
    private static boolean isUnansweredTlsHandshake(IOException e, boolean requestMayHaveBeenSent) {
        return !requestMayHaveBeenSent && e instanceof SocketTimeoutException && e.getMessage() != null
                && e.getMessage().toLowerCase(java.util.Locale.ROOT).startsWith("read timed out");
    }

    /** A thread interrupt or a cancelled call, as opposed to a timeout: stop, do not retry. */
    private static boolean isInterruption(IOException e) {
        return e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)
                && !"timeout".equals(e.getMessage());
    }

    /** Whether another attempt is allowed after {@code attemptsMade} attempts. */
    public boolean hasAttemptsLeft(int attemptsMade) {
        return attemptsMade < maxAttempts;
    }

    /**
     * The wait before the next attempt: the server's {@code retryAfter} when present and honoured
     * (capped by {@link #maxRetryAfter()}), else the backoff.
     */
    public Duration delayBeforeRetry(int attemptsMade, Optional<Duration> retryAfter, Random random) {
        if (honorRetryAfter && retryAfter.isPresent()) {
            return min(retryAfter.get(), maxRetryAfter);
        }
        return backoff(attemptsMade, random);
    }

    /**
     * {@code baseDelay * multiplier^(attemptsMade - 1)}, spread by ±{@code jitter}, never above
     * {@code maxDelay}.
     */
    public Duration backoff(int attemptsMade, Random random) {
        if (attemptsMade < 1) {
            throw new IllegalArgumentException("attemptsMade < 1: " + attemptsMade);
        }
        double cap = maxDelay.toNanos();
        double nanos = Math.min(cap, baseDelay.toNanos() * Math.pow(multiplier, attemptsMade - 1));
        double spread = jitter == 0.0 ? 1.0 : 1.0 + jitter * (2.0 * random.nextDouble() - 1.0);
        return Duration.ofNanos((long) Math.min(cap, nanos * spread)).truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Parses a {@code Retry-After} value, delta-seconds ({@code 7}) or an HTTP-date
     * ({@code Wed, 21 Oct 2015 07:28:00 GMT}); a date in the past means no wait. Empty when absent or
     * unreadable. Not capped: {@link #delayBeforeRetry} does that.
     */
    public static Optional<Duration> parseRetryAfter(String value, Instant now) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.trim();
        if (v.chars().allMatch(c -> c >= '0' && c <= '9')) {
            try {
                return Optional.of(Duration.ofSeconds(Long.parseLong(v)));
            } catch (NumberFormatException | ArithmeticException tooLong) {
                return Optional.empty();
            }
        }
        try {
            Instant at = ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration d = Duration.between(now, at);
            return Optional.of(d.isNegative() ? Duration.ZERO : d);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** Builds a {@link RetryPolicy}; starts from the defaults. */
    public static final class Builder {
        private int maxAttempts = 5;
        private Duration baseDelay = Duration.ofMillis(500);
        private Duration maxDelay = Duration.ofSeconds(30);
        private double multiplier = 2.0;
        private double jitter = 0.2;
        private Set<Integer> retryableStatuses = Set.of(429, 500, 502, 503, 504);
        private Set<String> retryableErrorCodes = Set.of();
        private boolean honorRetryAfter = true;
        private Duration maxRetryAfter = Duration.ofSeconds(120);

        private Builder() {}

        private Builder(RetryPolicy p) {
            maxAttempts = p.maxAttempts;
            baseDelay = p.baseDelay;
            maxDelay = p.maxDelay;
            multiplier = p.multiplier;
            jitter = p.jitter;
            retryableStatuses = p.retryableStatuses;
            retryableErrorCodes = p.retryableErrorCodes;
            honorRetryAfter = p.honorRetryAfter;
            maxRetryAfter = p.maxRetryAfter;
        }

        public Builder maxAttempts(int maxAttempts) {
            this.maxAttempts = maxAttempts;
            return this;
        }

        public Builder baseDelay(Duration baseDelay) {
            this.baseDelay = baseDelay;
            return this;
        }

        public Builder maxDelay(Duration maxDelay) {
            this.maxDelay = maxDelay;
            return this;
        }

        public Builder multiplier(double multiplier) {
            this.multiplier = multiplier;
            return this;
        }

        public Builder jitter(double jitter) {
            this.jitter = jitter;
            return this;
        }

        public Builder retryableStatuses(Set<Integer> retryableStatuses) {
            this.retryableStatuses = retryableStatuses;
            return this;
        }

        public Builder retryableErrorCodes(Set<String> retryableErrorCodes) {
            this.retryableErrorCodes = retryableErrorCodes;
            return this;
        }

        public Builder honorRetryAfter(boolean honorRetryAfter) {
            this.honorRetryAfter = honorRetryAfter;
            return this;
        }

        public Builder maxRetryAfter(Duration maxRetryAfter) {
            this.maxRetryAfter = maxRetryAfter;
            return this;
        }

        public RetryPolicy build() {
            return new RetryPolicy(maxAttempts, baseDelay, maxDelay, multiplier, jitter,
                    retryableStatuses, retryableErrorCodes, honorRetryAfter, maxRetryAfter);
        }
    }
}
