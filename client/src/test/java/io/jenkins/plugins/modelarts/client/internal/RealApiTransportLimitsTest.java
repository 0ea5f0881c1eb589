package io.jenkins.plugins.modelarts.client.internal;

import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.AK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.PROJECT;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.SK;
import static io.jenkins.plugins.modelarts.client.internal.RealApiTransportTest.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.jenkins.plugins.modelarts.client.Deadline;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.RetryPolicy;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.errors.DeadlineExceededException;
import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.errors.TransportException;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.junit5.StartStop;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * The limits of {@link RealApiTransport}: a whole HTTP exchange, the TLS handshake, a caller's
 * deadline over every attempt and backoff, and the size of an answer. Slow servers are real sockets,
 * so these tests measure real time, with bounds far from the limits they check.
 */
class RealApiTransportLimitsTest {
    private static final ApiRequest GET = ApiRequest.get(ApiFamily.V1, "training-jobs", "1", "versions", "2").build();

    @StartStop
    private final MockWebServer server = new MockWebServer();

    private final FakeClock clock = new FakeClock(Instant.parse("2024-03-05T07:08:09Z"));
    private final RecordingSleeper sleeper = new RecordingSleeper(clock);

    private ModelArtsClient.Builder builder(String endpoint) {
        return ModelArtsClient.builder()
                .endpoint(endpoint)
                .projectId(PROJECT)
                .credentials(AkSkCredentials.of(AK, SK))
                .sleeper(sleeper)
                .random(new Random(42))
                .retryPolicy(RetryPolicy.defaults().newBuilder().jitter(0).build());
    }

    private ModelArtsClient.Builder builder() {
        return builder(server.url("/").toString());
    }

    @Test
    void aTrickledAnswerIsCutOffByTheCallTimeoutThoughEveryReadIsQuick() {
        server.enqueue(new MockResponse.Builder().code(200).body("{\"status\": 8, \"padding\": \"" + "x".repeat(100) + "\"}")
                .throttleBody(1, 100, TimeUnit.MILLISECONDS).build());
        ApiTransport transport = builder().callTimeout(Duration.ofSeconds(1)).retryPolicy(RetryPolicy.none()).buildTransport();

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).hasMessageContaining("timeout");
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aDeadlineCutsTheAttemptInFlightAndStartsNoOther() {
        server.enqueue(json(200, "{}").newBuilder().headersDelay(20, TimeUnit.SECONDS).build());
        server.enqueue(json(200, "{}"));
        ApiTransport transport = builder().buildTransport();
        Deadline deadline = Deadline.after(Duration.ofSeconds(1), Clock.systemUTC());

        long start = System.nanoTime();
        TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET, deadline));
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(e).isInstanceOf(DeadlineExceededException.class);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(900)).isLessThan(Duration.ofSeconds(5));
        assertThat(server.getRequestCount()).isEqualTo(1);
        assertThat(sleeper.sleeps).isEmpty();
    }

    @Test
    void noBackoffSleepIsStartedThatWouldEndAfterTheDeadline() {
        server.enqueue(json(503, "{\"error_code\": \"ModelArts.0001\", \"error_msg\": \"busy\"}"));
        server.enqueue(json(503, "{\"error_code\": \"ModelArts.0001\", \"error_msg\": \"busy\"}"));
        ApiTransport transport = builder().clock(clock).buildTransport();
        Deadline deadline = Deadline.after(Duration.ofMillis(2000), clock);

        DeadlineExceededException e = catchThrowableOfType(DeadlineExceededException.class, () -> transport.execute(GET, deadline));

        assertThat(sleeper.sleeps).containsExactly(Duration.ofMillis(500));
        assertThat(server.getRequestCount()).isEqualTo(2);
        assertThat(e.getCause()).isInstanceOf(ApiException.class);
        assertThat(e).hasMessageContaining("2 attempts").hasMessageContaining("busy");
    }

    @Test
    void aDeadlineAlreadyPassedSendsNothing() {
        ApiTransport transport = builder().clock(clock).buildTransport();
        Deadline passed = Deadline.at(clock.instant().minusSeconds(1), clock);

        catchThrowableOfType(DeadlineExceededException.class, () -> transport.execute(GET, passed));

        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void anAnswerLargerThanTheLimitIsRefusedUnreadAndNotRetried() {
        server.enqueue(json(200, "{\"padding\": \"" + "x".repeat(64 * 1024) + "\"}"));
        ApiTransport transport = builder().maxResponseBytes(16 * 1024).buildTransport();

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> transport.execute(GET));

        assertThat(e).hasMessageContaining("too large").hasMessageContaining("declared").hasMessageContaining("16384");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void aChunkedAnswerIsCountedWhileReadAndRefusedPastTheLimit() {
        Buffer big = new Buffer().writeUtf8("{\"padding\": \"" + "x".repeat(64 * 1024) + "\"}");
        server.enqueue(new MockResponse.Builder().code(200).chunkedBody(big, 4096).build());
        ApiTransport transport = builder().maxResponseBytes(16 * 1024).buildTransport();

        ResponseDecodingException e = catchThrowableOfType(ResponseDecodingException.class, () -> transport.execute(GET));

        assertThat(e).hasMessageContaining("more than 16384 bytes");
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void anAnswerWithinTheLimitIsRead() {
        server.enqueue(json(200, "{\"padding\": \"" + "x".repeat(1000) + "\"}"));

        assertThat(builder().maxResponseBytes(2048).buildTransport().execute(GET).path("padding").asText()).hasSize(1000);
    }

    @Test
    void anHttpsEndpointOnAPortThatNeverAnswersTheHandshakeFailsAfterTheHandshakeTimeout() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread acceptor = new Thread(() -> {
                try {
                    while (true) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            acceptor.setDaemon(true);
            acceptor.start();
            ApiTransport transport = builder("https://127.0.0.1:" + silent.getLocalPort())
                    .tlsHandshakeTimeout(Duration.ofMillis(500))
                    .retryPolicy(RetryPolicy.none())
                    .buildTransport();

            long start = System.nanoTime();
            TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e).isNotNull();
            assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(400)).isLessThan(Duration.ofSeconds(5));
            assertThat(accepted).hasSize(1);

            // the default policy does not retry it either: the same silence would answer every attempt
            ApiTransport retrying = builder("https://127.0.0.1:" + silent.getLocalPort())
                    .tlsHandshakeTimeout(Duration.ofMillis(500))
                    .buildTransport();
            assertThat(catchThrowableOfType(TransportException.class, () -> retrying.execute(GET)))
                    .hasMessageContaining("Read timed out");
            assertThat(sleeper.sleeps).isEmpty();
            assertThat(accepted).hasSize(2);
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }

    @Test
    void anHttpsEndpointThatAnswersInPlainTextFailsAtOnceWithoutRetrying() throws Exception {
        List<Socket> accepted = new ArrayList<>();
        try (ServerSocket plain = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            Thread server = new Thread(() -> {
                try {
                    while (true) {
                        Socket s = plain.accept();
                        accepted.add(s);
                        s.getInputStream().read(new byte[512]);
                        s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n"
                                .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                        s.getOutputStream().flush();
                    }
                } catch (IOException closed) {
                    // the test is over
                }
            });
            server.setDaemon(true);
            server.start();
            ApiTransport transport = builder("https://127.0.0.1:" + plain.getLocalPort())
                    .retryPolicy(RetryPolicy.defaults())
                    .buildTransport();

            long start = System.nanoTime();
            TransportException e = catchThrowableOfType(TransportException.class, () -> transport.execute(GET));
            Duration took = Duration.ofNanos(System.nanoTime() - start);

            assertThat(e).isNotNull();
            assertThat(accepted).as("one connection: no retry").hasSize(1);
            assertThat(took).isLessThan(Duration.ofSeconds(3));
        } finally {
            for (Socket s : accepted) {
                s.close();
            }
        }
    }
}
