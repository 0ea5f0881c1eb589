package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Each operator, key, sort, group and paging rule of the v2 search (seed 001) against the emulator over HTTP. */
class V2SearchTest {
    private static final ManualClock clock = new ManualClock(java.time.Instant.parse("2026-01-01T00:00:00Z"));

    @RegisterExtension
    static final ModelArtsEmulatorExtension emulator = new ModelArtsEmulatorExtension(ModelArtsEmulator.builder().clock(clock));

    private Api api;
    private final List<Long> created = new ArrayList<>();

    @BeforeEach
    void threeJobs() {
        api = new Api(emulator.emulator(), clock);
        for (String name : List.of("resnet-a", "bert-b", "resnet-c")) {
            JsonNode job = api.ok("POST", "v2", "training-jobs", Api.v2Job(name).replace("\"algorithm\":{",
                    "\"algorithm\":{\"name\":\"algo-" + name.charAt(name.length() - 1) + "\","));
            created.add(job.path("metadata").path("create_time").asLong());
            clock.advance(java.time.Duration.ofMinutes(1));
        }
    }

    private List<String> names(String body) {
        List<String> names = new ArrayList<>();
        api.ok("POST", "v2", "training-job-searches", body).path("items")
                .forEach(j -> names.add(j.path("metadata").path("name").asText()));
        return names;
    }

    private static String filter(String key, String op, String... values) {
        return "{\"filters\":[{\"key\":\"" + key + "\",\"operator\":\"" + op + "\",\"value\":["
                + String.join(",", java.util.Arrays.stream(values).map(v -> "\"" + v + "\"").toList()) + "]}]}";
    }

    @Test
    void likeMatchesPartOfTheNameIgnoringCase() {
        assertThat(names(filter("name", "like", "RESNET"))).containsExactly("resnet-c", "resnet-a");
        assertThat(names(filter("algorithm_name", "like", "algo-b"))).containsExactly("bert-b");
    }

    @Test
    void inMatchesAnyOfTheValuesAndNotNoneOfThem() {
        // a phase filter sees each job as this search reads it (each read moves an emulated job on), so every job
        // listed is in a phase the filter asked for, and a job is listed by exactly one of two complementary filters
        JsonNode listed = api.ok("POST", "v2", "training-job-searches", filter("phase", "in", "Creating", "Running", "Pending"));
        listed.path("items").forEach(j -> assertThat(j.path("status").path("phase").asText()).isIn("Creating", "Running", "Pending"));
        api.ok("POST", "v2", "training-job-searches", filter("phase", "not", "Running")).path("items")
                .forEach(j -> assertThat(j.path("status").path("phase").asText()).isNotEqualTo("Running"));
        assertThat(names(filter("phase", "in", "Completed", "Running", "Creating", "Pending", "Failed", "Stopped",
                "Abnormal", "Terminating", "Terminated"))).hasSize(3);
        assertThat(names(filter("name", "in", "bert-b", "resnet-a"))).containsExactly("bert-b", "resnet-a");
        assertThat(names(filter("name", "not", "bert-b"))).containsExactly("resnet-c", "resnet-a");
        assertThat(names(filter("kind", "not", "job"))).isEmpty();
        assertThat(names(filter("user_id", "in", "emulator-user"))).hasSize(3);
        assertThat(names(filter("runtime_type", "in", "debug"))).isEmpty();
    }

    @Test
    void betweenTakesCreateTimesInclusiveAndBlankBoundsAreOpen() {
        String from = Long.toString(created.get(1));
        String to = Long.toString(created.get(2));
        assertThat(names(filter("create_time", "between", from, to))).containsExactly("resnet-c", "bert-b");
        assertThat(names(filter("create_time", "between", "", from))).containsExactly("bert-b", "resnet-a");
        assertThat(names(filter("create_time", "between", "", ""))).hasSize(3);
    }

    @Test
    void betweenNarrowsTheActiveSearchAndItsCountAsTheSharedPollerAsksIt() {
        String from = Long.toString(created.get(1) - 1000);
        String farFuture = Long.toString(clock.millis() + java.time.Duration.ofDays(1).toMillis());
        JsonNode page = api.ok("POST", "v2", "training-job-searches", "{\"limit\":50,\"filters\":["
                + "{\"key\":\"phase\",\"operator\":\"in\",\"value\":[\"Creating\",\"Pending\",\"Running\",\"Terminating\"]},"
                + "{\"key\":\"create_time\",\"operator\":\"between\",\"value\":[\"" + from + "\",\"" + farFuture + "\"]}]}");
        List<String> names = new ArrayList<>();
        page.path("items").forEach(j -> names.add(j.path("metadata").path("name").asText()));
        assertThat(names).containsExactly("resnet-c", "bert-b"); // resnet-a was created a minute too early
        assertThat(page.path("count").asInt()).isEqualTo(2);
        assertThat(page.path("total").asInt()).isEqualTo(3);
        String justAfter = Long.toString(created.get(2) + 1);
        assertThat(names(filter("create_time", "between", justAfter, farFuture))).isEmpty();
    }

    @Test
    void blankPlaceholderValuesMatchEveryJobAsInTheVendorSample() {
        assertThat(names(filter("phase", "in", ""))).hasSize(3);
    }

    @Test
    void sortByOrderAndGroupByDecideTheOrder() {
        assertThat(names("{\"sort_by\":\"name\",\"order\":\"asc\"}")).containsExactly("bert-b", "resnet-a", "resnet-c");
        assertThat(names("{\"order\":\"asc\"}")).containsExactly("resnet-a", "bert-b", "resnet-c");
        assertThat(names("{}")).containsExactly("resnet-c", "bert-b", "resnet-a");
        JsonNode grouped = api.ok("POST", "v2", "training-job-searches", "{\"group_by\":\"algorithm_name\",\"order\":\"desc\"}");
        assertThat(grouped.path("group_by").asText()).isEqualTo("algorithm_name");
        assertThat(grouped.path("items").get(0).path("algorithm").path("name").asText()).isEqualTo("algo-a");
    }

    @Test
    void theAnswerEchoesPagingAndSortingAndCountsMatches() {
        JsonNode page = api.ok("POST", "v2", "training-job-searches",
                "{\"offset\":1,\"limit\":1,\"sort_by\":\"name\",\"order\":\"asc\"," + filter("name", "like", "resnet").substring(1));
        assertThat(page.path("total").asInt()).isEqualTo(3);
        assertThat(page.path("count").asInt()).isEqualTo(2);
        assertThat(page.path("offset").asInt()).isEqualTo(1);
        assertThat(page.path("limit").asInt()).isEqualTo(1);
        assertThat(page.path("sort_by").asText()).isEqualTo("name");
        assertThat(page.path("order").asText()).isEqualTo("asc");
        assertThat(page.path("items")).hasSize(1);
        assertThat(page.path("items").get(0).path("metadata").path("name").asText()).isEqualTo("resnet-c");
    }

    @Test
    void anUnsupportedKeyOperatorOrSortIsRefusedWithTheApiErrorNeverAnsweredWithEveryJob() {
        Api.Answer a = api.call("POST", "v2", "training-job-searches",
                "{\"sort_by\":\"colour\",\"group_by\":\"create_time\",\"order\":\"up\",\"filters\":["
                        + "{\"key\":\"flavour\",\"operator\":\"in\",\"value\":[\"x\"]},"
                        + "{\"key\":\"name\",\"operator\":\"equals\",\"value\":[\"x\"]},"
                        + "{\"key\":\"name\",\"operator\":\"between\",\"value\":[\"a\",\"b\"]},"
                        + "{\"key\":\"create_time\",\"operator\":\"between\",\"value\":[\"yesterday\"]}]}");
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.body().path("error_code").asText()).isEqualTo("ModelArts.2788");
        assertThat(a.body().path("error_msg").asText()).contains("sort_by 'colour'", "group_by 'create_time'",
                "order must be asc or desc", "filters[0].key 'flavour'", "filters[1].operator 'equals'",
                "between applies to create_time only", "between takes two", "'yesterday' is not epoch milliseconds");
        assertThat(a.body().has("items")).isFalse();
    }
}
