package io.jenkins.plugins.modelarts.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.jenkins.plugins.modelarts.client.auth.TokenCredentials;
import io.jenkins.plugins.modelarts.client.errors.ApiException;
import io.jenkins.plugins.modelarts.client.model.TrainingJob;
import io.jenkins.plugins.modelarts.client.transport.ApiFamily;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import io.jenkins.plugins.modelarts.client.transport.ApiTransport;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.junit5.StartStop;
import org.junit.jupiter.api.Test;

class ModelArtsClientTest {
    private static final String PROJECT = "0123456789abcdef0123456789abcdef";

    @StartStop
    private final MockWebServer server = new MockWebServer();

    @Test
    void builderWiresTheHttpTransport() throws Exception {
        server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "application/json")
                .body("{\"kind\": \"job\", \"metadata\": {\"id\": \"uuid-1\"}}").build());
        List<String> log = new ArrayList<>();

        TrainingJob job;
        try (ModelArtsClient client = ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(new TokenCredentials("token-1"))
                .retryPolicy(RetryPolicy.none())
                .logger(log::add)
                .build()) {
            job = client.jobsV2().get("uuid-1");
        }

        RecordedRequest recorded = server.takeRequest();
        assertThat(recorded.getTarget()).isEqualTo("/v2/" + PROJECT + "/training-jobs/uuid-1");
        assertThat(recorded.getHeaders().get("X-Auth-Token")).isEqualTo("token-1");
        assertThat(job.id()).isEqualTo("uuid-1");
        assertThat(log).isNotEmpty().noneMatch(line -> line.contains("token-1"));
    }

    @Test
    void theBuildersRandomSpreadsTheRetryDelays() {
        List<Duration> first = delaysOfTwoRetries(new Random(7));
        List<Duration> again = delaysOfTwoRetries(new Random(7));
        List<Duration> other = delaysOfTwoRetries(new Random(8));

        assertThat(first).hasSize(2).isEqualTo(again).isNotEqualTo(other);
        assertThat(first.get(0)).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500));
    }

    private List<Duration> delaysOfTwoRetries(Random random) {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(503).body("{}").build());
        }
        List<Duration> sleeps = new ArrayList<>();
        ApiTransport transport = ModelArtsClient.builder()
                .endpoint(server.url("/").toString())
                .projectId(PROJECT)
                .credentials(new TokenCredentials("token-1"))
                .retryPolicy(RetryPolicy.defaults().newBuilder().maxAttempts(3).baseDelay(Duration.ofSeconds(1)).jitter(0.5).build())
                .sleeper(sleeps::add)
                .random(random)
                .buildTransport();
        assertThatThrownBy(() -> transport.execute(ApiRequest.get(ApiFamily.V2, "training-jobs").build()))
                .isInstanceOf(ApiException.class);
        return sleeps;
    }

    @Test
    void builderNeedsAnEndpointOrRegion() {
        assertThatThrownBy(() -> ModelArtsClient.builder().projectId(PROJECT).credentials(new TokenCredentials("t")).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Set endpoint(...) or region(...)");
        assertThatThrownBy(() -> ModelArtsClient.builder().region("Not A Region"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void regionBuildsAClientThatCallsTheRegionsEndpoint() {
        // the calls are answered by an interceptor on the way out: nothing leaves this machine
        for (String[] region : new String[][] {
            {"cn-north-4", "https://modelarts.cn-north-4.myhuaweicloud.com/v1/" + PROJECT + "/training-jobs"},
            {"ap-southeast-1", "https://modelarts.ap-southeast-1.myhuaweicloud.cn/v1/" + PROJECT + "/training-jobs"},
        }) {
            List<String> urls = new ArrayList<>();
            okhttp3.OkHttpClient answering = new okhttp3.OkHttpClient.Builder().addInterceptor(chain -> {
                urls.add(chain.request().url().newBuilder().query(null).build().toString());
                return new okhttp3.Response.Builder().request(chain.request()).protocol(okhttp3.Protocol.HTTP_1_1)
                        .code(200).message("OK")
                        .body(okhttp3.ResponseBody.create("{\"is_success\":true,\"job_total_count\":0,\"jobs\":[]}",
                                okhttp3.MediaType.get("application/json")))
                        .build();
            }).build();
            try (ModelArtsClient client = ModelArtsClient.builder().region(region[0]).projectId(PROJECT)
                    .credentials(new TokenCredentials("t")).okHttpClient(answering).build()) {
                assertThat(client.jobsV1().list(io.jenkins.plugins.modelarts.client.model.ListTrainingJobsQuery.builder().build())
                        .jobs()).isEmpty();
            }
            assertThat(urls).as(region[0]).containsExactly(region[1]);
        }
    }

    @Test
    void anyTransportCanBeWrappedAndIsClosedWhenClosable() {
        List<String> closed = new ArrayList<>();
        class ClosableTransport implements ApiTransport, AutoCloseable {
            @Override
            public JsonNode execute(ApiRequest r) {
                throw new AssertionError("not called");
            }

            @Override
            public void close() {
                closed.add("closed");
            }
        }
        ApiTransport transport = new RecordingApiTransport();

        ModelArtsClient.create(transport).close();
        ModelArtsClient.create(new ClosableTransport()).close();

        assertThat(closed).containsExactly("closed");
    }
}
