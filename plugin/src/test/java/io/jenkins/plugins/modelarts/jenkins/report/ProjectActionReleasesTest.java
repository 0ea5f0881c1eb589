package io.jenkins.plugins.modelarts.jenkins.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import hudson.model.Result;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;
import org.kohsuke.stapler.WebMethod;

/** The trend page's release history from the job's builds, and its JSON form. */
class ProjectActionReleasesTest {
    private static final long T0 = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();

    @TempDir
    Path dir;

    private final FakeJob job = new FakeJob("releases");
    private int builds;

    private FakeRun build(String outcome) throws Exception {
        FakeRun run = new FakeRun(job, ++builds, dir).timed(T0 + builds * 3_600_000L, 600_000L);
        if (outcome != null) {
            ModelArtsBuildAction action = new ModelArtsBuildAction();
            action.add(new TrainingRecord("job 10 version " + builds, "resnet", "V000" + builds, "Completed", "COMPLETED",
                    1000L, Map.of(), outcome, outcome, "10-v" + builds, JobRef.v1(10, builds)));
            run.addAction(action);
        }
        return run;
    }

    @Test
    void rowsComeFromFinishedBuildsWithRecordsNewestFirstFinishedAtStartPlusDuration() throws Exception {
        build("PASS").finish(Result.SUCCESS);
        build(null).finish(Result.SUCCESS);
        build("FAILURE").finish(Result.FAILURE);
        build("PASS"); // still running

        var rows = new ModelArtsProjectAction(job).getReleases();

        assertThat(rows).extracting(ReleaseRow::getNumber).containsExactly(3, 1);
        assertThat(rows).extracting(ReleaseRow::getResult).containsExactly("FAILURE", "SUCCESS");
        assertThat(rows.get(1).getFinished()).as("start 11:00 + 10 minutes").isEqualTo("2024-05-01T11:10:00Z");
        assertThat(rows.get(1).isReleased()).isTrue();
    }

    @Test
    void theHistoryLooksAtTheLastFiftyBuildsOnly() throws Exception {
        build("PASS").finish(Result.SUCCESS);
        for (int i = 0; i < ModelArtsProjectAction.MAX_BUILDS; i++) {
            build(null).finish(Result.SUCCESS);
        }

        assertThat(new ModelArtsProjectAction(job).getReleases()).isEmpty();
    }

    @Test
    void releaseAtAnswersOnlyWhenAsked() throws Exception {
        build("PASS").finish(Result.SUCCESS);
        ModelArtsProjectAction action = new ModelArtsProjectAction(job);

        assertThat(action.releaseAt(null)).isNull();
        assertThat(action.releaseAt(" ")).isNull();
        assertThat(action.releaseAt("2024-05-01T11:10:00Z").getRelease().getNumber()).isEqualTo(1);
        assertThat(action.releaseAt("2024-05-01T11:09:59Z").getRelease()).isNull();
    }

    @Test
    void releasesJsonIsTheHistoryAndTheAnswer() throws Exception {
        build("PASS").finish(Result.SUCCESS);
        build("FAILURE").finish(Result.FAILURE);
        FakeResponse response = new FakeResponse();

        new ModelArtsProjectAction(job).doReleasesJson(request("2024-05-01T13:00:00Z"), response.proxy());

        assertThat(response.status).isEqualTo(200);
        assertThat(response.contentType).startsWith("application/json");
        JsonNode json = Json.mapper().readTree(response.body.toString());
        assertThat(json.path("releases")).hasSize(2);
        assertThat(json.path("releases").path(0).path("build").asInt()).isEqualTo(2);
        assertThat(json.path("releases").path(0).path("released").asBoolean()).isFalse();
        assertThat(json.path("releases").path(1).path("finishedAt").asText()).isEqualTo("2024-05-01T11:10:00Z");
        assertThat(json.path("at").path("release").path("build").asInt()).isEqualTo(1);
    }

    @Test
    void releasesJsonWithAnUnreadableTimeIsABadRequestSayingWhy() throws Exception {
        build("PASS").finish(Result.SUCCESS);
        FakeResponse response = new FakeResponse();

        new ModelArtsProjectAction(job).doReleasesJson(request("last tuesday"), response.proxy());

        assertThat(response.status).isEqualTo(400);
        JsonNode json = Json.mapper().readTree(response.body.toString());
        assertThat(json.path("at").path("error").asText()).startsWith("cannot read \"last tuesday\" as a time");
        assertThat(json.path("releases")).hasSize(1);
    }

    @Test
    void releasesJsonIsAWebMethodStaplerServesAtReleasesDotJson() throws Exception {
        Method method = ModelArtsProjectAction.class.getMethod("doReleasesJson", StaplerRequest2.class, StaplerResponse2.class);

        assertThat(Modifier.isPublic(method.getModifiers())).isTrue();
        assertThat(method.getAnnotation(WebMethod.class).name()).containsExactly("releases.json");
    }

    private static StaplerRequest2 request(String at) {
        Map<String, String> parameters = new HashMap<>();
        parameters.put("at", at);
        return (StaplerRequest2) Proxy.newProxyInstance(StaplerRequest2.class.getClassLoader(), new Class<?>[] {StaplerRequest2.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("getParameter")) {
                        return parameters.get((String) args[0]);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    /** Records what the web method sets and writes. */
    private static final class FakeResponse {
        int status = 200;
        String contentType;
        final StringWriter body = new StringWriter();

        StaplerResponse2 proxy() {
            PrintWriter writer = new PrintWriter(body);
            return (StaplerResponse2) Proxy.newProxyInstance(StaplerResponse2.class.getClassLoader(),
                    new Class<?>[] {StaplerResponse2.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setStatus" -> status = (Integer) args[0];
                            case "setContentType" -> contentType = (String) args[0];
                            case "setCharacterEncoding" -> { }
                            case "getWriter" -> {
                                return writer;
                            }
                            default -> throw new UnsupportedOperationException(method.getName());
                        }
                        return null;
                    });
        }
    }
}
