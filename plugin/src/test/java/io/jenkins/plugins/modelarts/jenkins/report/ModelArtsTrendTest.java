package io.jenkins.plugins.modelarts.jenkins.report;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Result;
import io.jenkins.plugins.modelarts.core.job.JobRef;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job's trend looks at a bounded number of builds, and failed builds count. */
class ModelArtsTrendTest {
    @TempDir
    Path dir;

    private final FakeJob job = new FakeJob("trend");
    private int builds;

    private FakeRun build(Double accuracy) throws Exception {
        FakeRun run = new FakeRun(job, ++builds, dir);
        if (accuracy != null) {
            ModelArtsBuildAction action = new ModelArtsBuildAction();
            action.add(new TrainingRecord("job 1 version " + run.getNumber(), "resnet", "V1", "Completed", "SUCCEEDED", 1000L,
                    Map.of("accuracy", accuracy), null, null, "1-v" + run.getNumber(), JobRef.v1(1, run.getNumber())));
            run.addAction(action);
        }
        return run;
    }

    @Test
    void theTrendLooksAtTheLastFiftyBuildsOnly() throws Exception {
        for (int i = 0; i < 5; i++) {
            build(0.9);
        }
        for (int i = 0; i < ModelArtsProjectAction.MAX_BUILDS; i++) {
            build(null);
        }
        build(0.95);

        var trend = new ModelArtsProjectAction(job).getTrend();

        assertThat(trend.points()).extracting(p -> p.label()).containsExactly("#56");
    }

    @Test
    void aFailedBuildWithAReportKeepsTheTrendOnTheJob() throws Exception {
        build(0.9);
        build(0.8).finish(Result.FAILURE);

        assertThat(new ModelArtsTrendActionFactory().createFor(job)).hasSize(1)
                .first().isInstanceOf(ModelArtsProjectAction.class);
    }

    @Test
    void noTrendWhenNoRecentBuildRecordedAJob() throws Exception {
        build(0.9);
        for (int i = 0; i < ModelArtsTrendActionFactory.RECENT_BUILDS; i++) {
            build(null);
        }

        assertThat(new ModelArtsTrendActionFactory().createFor(job)).isEmpty();
        build(0.91);
        assertThat(new ModelArtsTrendActionFactory().createFor(job)).hasSize(1);
    }
}
