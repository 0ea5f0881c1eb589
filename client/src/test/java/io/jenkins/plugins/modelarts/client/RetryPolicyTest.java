package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.errors.ApiException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2015-10-21T07:27:30Z");
    private final RetryPolicy policy = RetryPolicy.defaults();

    @Test
    void defaultsAreAsDocumented() {
        assertThat(policy.maxAttempts()).isEqualTo(5);
        assertThat(policy.baseDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(policy.maxDelay()).isEqualTo(Duration.ofSeconds(30));
        assertThat(policy.multiplier()).isEqualTo(2.0);
        assertThat(policy.jitter()).isEqualTo(0.2);
        assertThat(policy.retryableStatuses()).containsExactlyInAnyOrder(429, 500, 502, 503, 504);
        assertThat(policy.maxRetryAfter()).isEqualTo(Duration.ofSeconds(120));
        assertThat(RetryPolicy.none().maxAttempts()).isEqualTo(1);
        assertThat(RetryPolicy.none().hasAttemptsLeft(1)).isFalse();
    }

    @Test
    void backoffDoublesWithinJitterBounds() {
        Random random = new Random(42);
        for (int attempt = 1; attempt <= 6; attempt++) {
            long nominal = 500L << (attempt - 1);
            for (int i = 0; i < 200; i++) {
                assertThat(policy.backoff(attempt, random).toMillis())
                        .isBetween((long) (nominal * 0.8) - 1, (long) (nominal * 1.2));
            }
        }
    }

    @Test
    void backoffIsCappedByMaxDelayEvenWithJitter() {
        Random random = new Random(7);
        for (int i = 0; i < 500; i++) {
            Duration d = policy.backoff(20 + i % 40, random);
            assertThat(d).isLessThanOrEqualTo(Duration.ofSeconds(30)).isGreaterThanOrEqualTo(Duration.ofSeconds(24).minusMillis(1));
        }
        assertThat(policy.backoff(Integer.MAX_VALUE, random)).isLessThanOrEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void sameSeedSameDelays() {
        Random a = new Random(99);
        Random b = new Random(99);
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(policy.backoff(attempt, a)).isEqualTo(policy.backoff(attempt, b));
        }
    }

    @Test
    void withoutJitterBackoffIsExact() {
        RetryPolicy exact = policy.newBuilder().jitter(0).multiplier(3).baseDelay(Duration.ofMillis(100)).build();

        assertThat(exact.backoff(1, new Random())).isEqualTo(Duration.ofMillis(100));
        assertThat(exact.backoff(3, new Random())).isEqualTo(Duration.ofMillis(900));
    }

    @Test
    void retryAfterInSecondsReplacesBackoffUpToTheCap() {
        Optional<Duration> seven = RetryPolicy.parseRetryAfter("7", NOW);

        assertThat(seven).contains(Duration.ofSeconds(7));
        assertThat(policy.delayBeforeRetry(1, seven, new Random(1))).isEqualTo(Duration.ofSeconds(7));
        assertThat(policy.delayBeforeRetry(1, RetryPolicy.parseRetryAfter("3600", NOW), new Random(1)))
                .isEqualTo(Duration.ofSeconds(120));
    }

    @Test
    void retryAfterAsHttpDate() {
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", NOW)).contains(Duration.ofSeconds(30));
        assertThat(RetryPolicy.parseRetryAfter("Wed, 21 Oct 2015 07:00:00 GMT", NOW)).contains(Duration.ZERO);
    }

    @Test
    void unreadableRetryAfterIsIgnored() {
        assertThat(RetryPolicy.parseRetryAfter(null, NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("soon", NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("-5", NOW)).isEmpty();
        assertThat(RetryPolicy.parseRetryAfter("99999999999999999999999", NOW)).isEmpty();
        Duration backoff = policy.delayBeforeRetry(1, Optional.empty(), new Random(3));
        assertThat(backoff).isBetween(Duration.ofMillis(400), Duration.ofMillis(600));
    }

    @Test
    void retryAfterCanBeIgnored() {
        RetryPolicy ignoring = policy.newBuilder().honorRetryAfter(false).jitter(0).build();

        assertThat(ignoring.delayBeforeRetry(2, Optional.of(Duration.ofSeconds(60)), new Random())).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void idempotentRequestsRetryConfiguredStatusesCodesAndThrottling() {
        RetryPolicy withCode = policy.newBuilder().retryableErrorCodes(Set.of("APIGW.0613")).build();

        assertThat(withCode.isRetryable(error(503, null), true)).isTrue();
        assertThat(withCode.isRetryable(error(400, "APIGW.0308"), true)).isTrue();
        assertThat(withCode.isRetryable(error(400, "APIGW.0613"), true)).isTrue();
        assertThat(withCode.isRetryable(error(400, "ModelArts.2788"), true)).isFalse();
        assertThat(withCode.isRetryable(error(404, null), true)).isFalse();
        assertThat(withCode.isRetryable(error(401, "APIGW.0301"), true)).isFalse();
    }

    @Test
    void nonIdempotentRequestsRetryOnlyThrottling() {
        assertThat(policy.isRetryable(error(429, null), false)).isTrue();
        assertThat(policy.isRetryable(error(400, "ModelArts.2799"), false)).isTrue();
        assertThat(policy.isRetryable(error(500, null), false)).isFalse();
        assertThat(policy.isRetryable(error(503, null), false)).isFalse();
    }

    @Test
    void ioFailuresAreRetriedWhenIdempotentOrCertainlyNotSent() {
        assertThat(policy.isRetryable(new SocketTimeoutException("timeout"), true, true)).isTrue();
        assertThat(policy.isRetryable(new IOException("unexpected end of stream"), false, true)).isFalse();
        assertThat(policy.isRetryable(new ConnectException("refused"), false, false)).isTrue();
        assertThat(policy.isRetryable(new InterruptedIOException("interrupted"), true, false)).isFalse();
    }

    @Test
    void aTlsHandshakeThatGotNoAnswerIsNotRetriedButAConnectTimeoutIs() {
        assertThat(policy.isRetryable(new SocketTimeoutException("Read timed out"), true, false)).isFalse();
        assertThat(policy.isRetryable(new SocketTimeoutException("Read timed out"), true, true)).isTrue();
        assertThat(policy.isRetryable(new SocketTimeoutException("Connect timed out"), true, false)).isTrue();
    }

    @Test
    void anUnknownHostIsNotRetriedForBackoffCannotFixASpellingMistake() {
        assertThat(policy.isRetryable(new java.net.UnknownHostException("modelarts.cn-nowhere-1.myhuaweicloud.com"), true, false))
                .isFalse();
        assertThat(policy.isRetryable(new IOException("dns", new java.net.UnknownHostException("x")), true, false)).isFalse();
    }

    @Test
    void invalidValuesAreRefused() {
        assertThatThrownBy(() -> policy.newBuilder().maxAttempts(0).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.newBuilder().jitter(1.5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.newBuilder().multiplier(0.5).build()).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.newBuilder().baseDelay(Duration.ofMillis(-1)).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> policy.newBuilder().maxDelay(null).build()).hasMessage("maxDelay == null");
    }

    private static ApiException error(int status, String code) {
        return new ApiException(status, code, "message", null, "GET /v2/{project_id}/training-jobs");
    }
}
