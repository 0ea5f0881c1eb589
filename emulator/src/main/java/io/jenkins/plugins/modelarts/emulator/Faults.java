package io.jenkins.plugins.modelarts.emulator;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
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

    /** The request is processed and answered 200 with {@code body}: JSON of the wrong shape, say. */
    public record Garbage(String body) implements Fault {}

    /** The request is processed and answered 200 with a JSON body of {@code bytes} bytes, streamed. */
    public record Oversized(long bytes) implements Fault {}

    /** Every IAM token issued so far expires before this request is checked. */
    public record ExpireTokens() implements Fault {}

    /** A fault drawn at random for a share of the requests, when nothing is queued. */
    public record Chance(double probability, Fault fault) {
        public Chance {
            if (!(probability >= 0 && probability <= 1)) {
                throw new IllegalArgumentException("a probability is within [0, 1], got " + probability);
            }
            Objects.requireNonNull(fault, "fault == null");
        }
    }

    private final Deque<Fault> queue = new ArrayDeque<>();
    private List<Chance> chances = List.of();
    private Random random = new Random(0);
    private volatile Duration latency = Duration.ZERO;
    private volatile Duration trickle = Duration.ZERO;
    private volatile boolean createsOnly;
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

    /** The next {@code requests} are processed, then answered 200 with {@code body} (wrong types, {@code null}, an array...). */
    public Faults garbledResponses(int requests, String body) {
        return add(requests, new Garbage(Objects.requireNonNull(body, "body == null")));
    }

    /** The next {@code requests} are processed, then answered 200 with a (streamed) JSON body of {@code bytes} bytes. */
    public Faults oversizedResponses(int requests, long bytes) {
        if (bytes < 32) {
            throw new IllegalArgumentException("an oversized answer has at least 32 bytes, got " + bytes);
        }
        return add(requests, new Oversized(bytes));
    }

    /**
     * From now on, each request with no queued fault gets one of these faults at random, each with
     * its probability (their sum at most 1), drawn from a generator seeded with {@code seed}. An empty
     * list stops it.
     */
    public synchronized Faults randomly(List<Chance> chances, long seed) {
        double sum = 0;
        for (Chance c : chances) {
            sum += c.probability();
        }
        if (sum > 1.0 + 1e-9) {
            throw new IllegalArgumentException("the probabilities add up to more than 1: " + sum);
        }
        this.chances = List.copyOf(chances);
        this.random = new Random(seed);
        return this;
    }

    /**
     * Every ModelArts answer from now on is written one byte at a time, {@code perByte} apart (zero
     * to stop): a server that keeps the connection alive but never finishes, slower than any
     * per-read timeout notices.
     */
    public Faults trickle(Duration perByte) {
        this.trickle = Objects.requireNonNull(perByte, "perByte == null");
        return this;
    }

    public Duration trickle() {
        return trickle;
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

    /**
     * With {@code true}, queued and random faults (not latency or trickle) apply only to creates
     * ({@code POST} of v1 or v2 {@code training-jobs}); other requests pass untouched and leave the
     * queue as it is. Default false: every ModelArts request.
     */
    public Faults createsOnly(boolean createsOnly) {
        this.createsOnly = createsOnly;
        return this;
    }

    /** The fault for the next request: the next queued one, else one drawn at random, or null. */
    public synchronized Fault next() {
        return next(true);
    }

    /** As {@link #next()}, for a request that is a create or not (see {@link #createsOnly}). */
    public synchronized Fault next(boolean create) {
        if (createsOnly && !create) {
            return null;
        }
        Fault queued = queue.poll();
        if (queued != null || chances.isEmpty()) {
            return queued;
        }
        double u = random.nextDouble();
        for (Chance c : chances) {
            if (u < c.probability()) {
                return c.fault();
            }
            u -= c.probability();
        }
        return null;
    }

    public synchronized void clear() {
        queue.clear();
        chances = List.of();
        latency = Duration.ZERO;
        trickle = Duration.ZERO;
        createsOnly = false;
    }

    /** Queues one fault of any kind for the next request. */
    public synchronized Faults enqueue(Fault fault) {
        queue.add(Objects.requireNonNull(fault, "fault == null"));
        return this;
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
