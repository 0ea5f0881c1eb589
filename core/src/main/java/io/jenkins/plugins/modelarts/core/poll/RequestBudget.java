package io.jenkins.plugins.modelarts.core.poll;

import java.util.ArrayDeque;

/** A sliding 60 s window of send times: at most {@code max} requests in any minute. Not thread-safe. */
final class RequestBudget {
    private static final long WINDOW_MILLIS = 60_000;

    private final int max;
    private final ArrayDeque<Long> sent = new ArrayDeque<>();

    RequestBudget(int max) {
        this.max = max;
    }

    /** Requests that may still be sent at {@code nowMillis}. */
    int available(long nowMillis) {
        while (!sent.isEmpty() && sent.peekFirst() <= nowMillis - WINDOW_MILLIS) {
            sent.pollFirst();
        }
        return max - sent.size();
    }

    /** Takes one request from the budget if any is left. */
    boolean tryTake(long nowMillis) {
        if (available(nowMillis) <= 0) {
            return false;
        }
        sent.addLast(nowMillis);
        return true;
    }
}
