package io.jenkins.plugins.modelarts.jenkins.wait;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Run;
import hudson.model.TaskListener;
import io.jenkins.plugins.modelarts.core.logs.JobLogFilter;
import io.jenkins.plugins.modelarts.core.logs.ObjectSource;
import io.jenkins.plugins.modelarts.core.logs.ObsPath;
import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.FakeRun;
import io.jenkins.plugins.modelarts.jenkins.RecordingListener;
import io.jenkins.plugins.modelarts.jenkins.connection.ClientFactory;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.report.ArtifactArchiver;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogArchivingTest {
    @TempDir
    Path dir;

    /** One log object per job folder: {@code /bucket/<job>/train.log} holding the job's name. */
    private static final class Logs implements ObjectSource {
        @Override
        public void list(ObsPath location, Consumer<Entry> each) {
            each.accept(new Entry(location.prefix() + "train.log", 10));
        }

        @Override
        public InputStream open(String bucket, String key) {
            return new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8));
        }
    }

    private static ClientFactory obsOnly() {
        return new ClientFactory() {
            @Override
            public io.jenkins.plugins.modelarts.jenkins.connection.ClientLease lease(Connection c, Run<?, ?> r) {
                throw new UnsupportedOperationException();
            }

            @Override
            public ObjectSource obs(Connection c, Run<?, ?> r) {
                return new Logs();
            }

            @Override
            public io.jenkins.plugins.modelarts.core.env.ConnectionVariables variables(Connection c, Run<?, ?> r) {
                throw new UnsupportedOperationException();
            }
        };
    }

    @Test
    void parallelArchivingsInOneBuildKeepTheirOwnScratchFoldersAndEachRemovesOnlyItsOwn() throws Exception {
        FakeRun run = new FakeRun(new FakeJob("train"), 1, dir);
        TaskListener listener = new RecordingListener();
        List<String> archived = new ArrayList<>();
        LogArchiving[] second = new LogArchiving[1];
        // The first job's files are handed over while a second wait of the same build archives and finishes.
        ArtifactArchiver artifacts = new ArtifactArchiver() {
            boolean nested;

            @Override
            public void archive(Run<?, ?> r, Path scratch, Map<String, String> files, TaskListener l) throws IOException, InterruptedException {
                if (!nested) {
                    nested = true;
                    second[0].archive(r, l, "/bucket/job-2/", "job-2", JobLogFilter.EVERY_OBJECT, 1 << 20);
                }
                for (String rel : files.values()) {
                    archived.add(rel + "=" + Files.readString(scratch.resolve(rel)));
                }
            }
        };
        LogArchiving first = new LogArchiving(obsOnly(), Connection.toEmulator(), artifacts);
        second[0] = new LogArchiving(obsOnly(), Connection.toEmulator(), artifacts);

        first.archive(run, listener, "/bucket/job-1/", "job-1", JobLogFilter.EVERY_OBJECT, 1 << 20);

        assertThat(archived).containsExactlyInAnyOrder("modelarts/logs/job-2/train.log=job-2/train.log",
                "modelarts/logs/job-1/train.log=job-1/train.log");
        try (Stream<Path> left = Files.list(run.getRootDir().toPath())) {
            assertThat(left.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith("modelarts-logs-scratch"));
        }
    }
}
