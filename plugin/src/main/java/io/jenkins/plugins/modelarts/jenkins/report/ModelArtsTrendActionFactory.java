package io.jenkins.plugins.modelarts.jenkins.report;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Puts "ModelArts trend" on a job whose recent builds recorded a training job. Unlike core's
 * {@code SimpleBuildStep.LastBuildAction}, which asks only the last successful build, this also counts
 * builds that failed, so a build failed by its release gate does not hide the trend. Looks at
 * {@value #RECENT_BUILDS} completed builds at most, since it runs whenever the job's page is shown.
 */
@Extension
@SuppressWarnings("rawtypes") // core declares the factory for the raw Job type
public final class ModelArtsTrendActionFactory extends TransientActionFactory<Job> {
    static final int RECENT_BUILDS = 10;

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return ModelArtsProjectAction.class;
    }

    @NonNull
    @Override
    public Collection<? extends Action> createFor(@NonNull Job job) {
        Job<?, ?> typed = job;
        return hasRecentReport(typed.getLastCompletedBuild()) ? List.of(new ModelArtsProjectAction(typed)) : List.of();
    }

    static boolean hasRecentReport(Run<?, ?> newest) {
        int seen = 0;
        for (Run<?, ?> build = newest; build != null && seen < RECENT_BUILDS; build = build.getPreviousBuild(), seen++) {
            ModelArtsBuildAction action = build.getAction(ModelArtsBuildAction.class);
            if (action != null && !action.getRecords().isEmpty()) {
                return true;
            }
        }
        return false;
    }
}
