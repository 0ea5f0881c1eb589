package io.jenkins.plugins.modelarts.jenkins.report;

import hudson.model.Run;
import hudson.model.TaskListener;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/** Puts files from a controller folder into a build's artifacts. */
@FunctionalInterface
public interface ArtifactArchiver {
    /**
     * @param dir the folder the files are in
     * @param files artifact path → path relative to {@code dir}, both with {@code /}
     */
    void archive(Run<?, ?> run, Path dir, Map<String, String> files, TaskListener listener)
            throws IOException, InterruptedException;
}
