package io.jenkins.plugins.modelarts.client.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class IamTokenProviderTest {
    private static final Instant NOW = Instant.parse("2024-03-05T07:08:09Z");

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private IamTokenProvider.Builder provider(Clock clock) {
        return IamTokenProvider.builder()
                .okHttpClient(new OkHttpClient())
                .credentials(IamPasswordCredentials.of("alice", "secret-pw", "acme"))
                .iamEndpoint(server.url("/").toString())
                .projectId("p1")
                .clock(clock);
    }

    @Test
    void concurrentCallersShareOneFetch() throws Exception {
        server.enqueue(token("token-A", "2024-03-06T07:08:09.123456Z").newBuilder()
                .headersDelay(200, TimeUnit.MILLISECONDS).build());
        IamTokenProvider provider = provider(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(provider::token));
            }
            for (Future<String> f : results) {
                assertThat(f.get(10, TimeUnit.SECONDS)).isEqualTo("token-A");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void invalidatingAnOlderTokenKeepsTheCurrentOne() {
        server.enqueue(token("token-A", "2024-03-06T07:08:09Z"));
        server.enqueue(token("token-B", "2024-03-06T07:08:09Z"));
        IamTokenProvider provider = provider(Clock.fixed(NOW, ZoneOffset.UTC)).build();

        assertThat(provider.token()).isEqualTo("token-A");
        provider.invalidate("token-A");
        assertThat(provider.token()).isEqualTo("token-B");
        provider.invalidate("token-A");
        assertThat(provider.token()).isEqualTo("token-B");
        provider.invalidate();
        server.enqueue(token("token-C", "2024-03-06T07:08:09Z"));
        assertThat(provider.token()).isEqualTo("token-C");
    }

    @Test
    void shortLivedTokensAreRefreshedAtHalfTheirLifetime() {
        server.enqueue(token("token-A", "2024-03-05T07:38:09Z"));
        server.enqueue(token("token-B", "2024-03-06T07:08:09Z"));
        MutableClock clock = new MutableClock();
        IamTokenProvider provider = provider(clock).build();

        assertThat(provider.token()).isEqualTo("token-A");
        clock.now = NOW.plus(Duration.ofMinutes(14));
        assertThat(provider.token()).isEqualTo("token-A");
        clock.now = NOW.plus(Duration.ofMinutes(16));
        assertThat(provider.token()).isEqualTo("token-B");
    }

    @Test
    void missingExpiryMeansTheDocumentedDay() {
        server.enqueue(new MockResponse.Builder().code(201).addHeader("X-Subject-Token", "token-A").body("{}").build());
        MutableClock clock = new MutableClock();
        IamTokenProvider provider = provider(clock).build();

        provider.token();
        clock.now = NOW.plus(Duration.ofHours(22));
        assertThat(provider.token()).isEqualTo("token-A");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void answerWithoutSubjectTokenIsADecodingError() {
        server.enqueue(new MockResponse.Builder().code(201).body("{}").build());

        assertThatThrownBy(() -> provider(Clock.fixed(NOW, ZoneOffset.UTC)).build().token())
                .isInstanceOf(ResponseDecodingException.class)
                .hasMessageContaining("X-Subject-Token")
                .hasMessageNotContaining("secret-pw");
    }

    @Test
    void anIamEndpointIsRequired() {
        assertThatThrownBy(() -> provider(Clock.systemUTC()).iamEndpoint(null).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toStringShowsNoSecret() {
        server.enqueue(token("token-A", "2024-03-06T07:08:09Z"));
        IamTokenProvider provider = provider(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        provider.token();

        assertThat(provider.toString()).doesNotContain("token-A").doesNotContain("secret-pw");
    }

    private static MockResponse token(String token, String expiresAt) {
        return new MockResponse.Builder()
                .code(201)
                .addHeader("X-Subject-Token", token)
                .body("{\"token\":{\"expires_at\":\"" + expiresAt + "\"}}")
                .build();
    }

    private static final class MutableClock extends Clock {
        volatile Instant now = NOW;

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
