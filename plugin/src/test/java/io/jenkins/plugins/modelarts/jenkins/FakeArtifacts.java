package io.jenkins.plugins.modelarts.jenkins;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/** Archives into {@code <build folder>/archive}, as Jenkins' standard artifact manager does. */
public final class FakeArtifacts implements ArtifactArchiver {
    @Override
    public void archive(Run<?, ?> run, Path dir, Map<String, String> files, TaskListener listener) throws IOException {
        for (Map.Entry<String, String> e : files.entrySet()) {
            Path target = archiveOf(run).resolve(e.getKey());
            Files.createDirectories(target.getParent());
            Files.copy(dir.resolve(e.getValue()), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    public static Path archiveOf(Run<?, ?> run) {
        return run.getRootDir().toPath().resolve("archive");
    }
}
