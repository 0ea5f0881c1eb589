package io.jenkins.plugins.modelarts.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * An instant by which a piece of work must be done, measured on a given clock: the whole of a wait,
 * or a command with a {@code --timeout}. Passed down to every call made on its behalf
 * ({@link ModelArtsClient#withDeadline}), it bounds each HTTP call, every retry and every backoff
 * sleep: no call runs past it and no sleep ends after it. Immutable.
 */
public final class Deadline {
    private final Instant at;
    private final Clock clock;

    private Deadline(Instant at, Clock clock) {
        this.at = Objects.requireNonNull(at, "at == null");
        this.clock = Objects.requireNonNull(clock, "clock == null");
    }

    public static Deadline at(Instant at, Clock clock) {
        return new Deadline(at, clock);
    }

    /** {@code timeout} from now on {@code clock}. */
    public static Deadline after(Duration timeout, Clock clock) {
        Objects.requireNonNull(timeout, "timeout == null");
        return new Deadline(clock.instant().plus(timeout), clock);
    }

    public Instant instant() {
        return at;
    }

    public Clock clock() {
        return clock;
    }

    /** The time left, never negative. */
    public Duration remaining() {
        Duration left = Duration.between(clock.instant(), at);
        return left.isNegative() ? Duration.ZERO : left;
    }

    public boolean hasPassed() {
        return !clock.instant().isBefore(at);
    }

    /** Whichever of the two ends first; {@code other} may be null. */
    public Deadline earliest(Deadline other) {
        return other == null || !other.at.isBefore(at) ? this : other;
    }

    @Override
    public String toString() {
        return "Deadline[" + at + ", " + remaining() + " left]";
    }
}
