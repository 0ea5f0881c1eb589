package io.jenkins.plugins.modelarts.jenkins.report;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;

/**
 * Archives through the build's {@link jenkins.model.ArtifactManager}, as core's artifact archiver
 * does, from a folder on the controller: no workspace or agent involved, and artifact storage plugins
 * (S3, Azure) receive the files like any others.
 */
public final class JenkinsArtifactArchiver implements ArtifactArchiver {
    @Override
    public void archive(Run<?, ?> run, Path dir, Map<String, String> files, TaskListener listener)
            throws IOException, InterruptedException {
        if (files.isEmpty()) {
            return;
        }
        run.pickArtifactManager().archive(new FilePath(dir.toFile()), new Launcher.LocalLauncher(listener),
                BuildListenerAdapter.wrap(listener), files);
    }
}
