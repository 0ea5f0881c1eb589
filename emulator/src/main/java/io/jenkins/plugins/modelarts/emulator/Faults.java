package io.jenkins.plugins.modelarts.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Faults for the next requests to the ModelArts routes (not IAM, not OBS), applied in the order
 * they were added, one per request: the network misbehaving the way clients must survive. Cleared
 * by {@link ModelArtsEmulator#reset()}. Thread-safe.
 */
public final class Faults {
    /** What happens to one request. */
    public sealed interface Fault {}

    /** 429 with {@code Retry-After} and the gateway's throttling body (APIGW.0308). */
    public record Throttle(Duration retryAfter) implements Fault {}

    /** A 5xx before the request is processed. */
    public record ServerError(int status) implements Fault {}

    /** The request is processed (a job really is created), then the answer is a 5xx: the answer is lost. */
    public record ServerErrorAfterProcessing(int status) implements Fault {}

    /** The connection is closed without any answer. */
    public record DropConnection() implements Fault {}

    /** The request is processed and answered 200 with a truncated JSON body. */
    public record Malformed() implements Fault {}

    private final Deque<Fault> queue = new ArrayDeque<>();
    private volatile Duration latency = Duration.ZERO;
    private final Runnable expireTokens;

    public Faults(Runnable expireTokens) {
        this.expireTokens = expireTokens;
    }

    public Faults throttle(int requests, Duration retryAfter) {
        return add(requests, new Throttle(Objects.requireNonNull(retryAfter, "retryAfter == null")));
    }

    public Faults serverErrors(int requests, int status) {
        checkStatus(status);
        return add(requests, new ServerError(status));
    }

    public Faults serverErrorsAfterProcessing(int requests, int status) {
        checkStatus(status);
        return add(requests, new ServerErrorAfterProcessing(status));
    }

    public Faults dropConnections(int requests) {
        return add(requests, new DropConnection());
    }

    public Faults malformedResponses(int requests) {
        return add(requests, new Malformed());
    }

    /** Every answer from now on is delayed by {@code delay} (zero to stop). */
    public Faults latency(Duration delay) {
        this.latency = Objects.requireNonNull(delay, "delay == null");
        return this;
    }

    /** Every IAM token issued so far is expired now; requests carrying one get 401 APIGW.0307. */
    public Faults expireTokens() {
        expireTokens.run();
        return this;
    }

    public Duration latency() {
        return latency;
    }

    /** The fault for the next request, or null. */
    public synchronized Fault next() {
        return queue.poll();
    }

    public synchronized void clear() {
        queue.clear();
        latency = Duration.ZERO;
    }

    private synchronized Faults add(int requests, Fault fault) {
        if (requests < 1) {
            throw new IllegalArgumentException("requests must be at least 1");
        }
        for (int i = 0; i < requests; i++) {
            queue.add(fault);
        }
        return this;
    }

    private static void checkStatus(int status) {
        if (status < 500 || status > 599) {
            throw new IllegalArgumentException("a server error is 5xx, got " + status);
        }
    }
}
