package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulator;
import io.jenkins.plugins.modelarts.emulator.ModelArtsEmulatorExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Archiving through the vendor's OBS client from the emulator's OBS. */
class LogArchiverTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    @TempDir
    Path target;

    private final ModelArtsEmulator emulator = EMULATOR.emulator();
    private final List<String> progress = new ArrayList<>();
    private ObsObjectSource source;

    @BeforeEach
    void connect() {
        source = new ObsObjectSource(emulator.baseUrl(), emulator.accessKey(), emulator.secretKey(), null, true);
    }

    @AfterEach
    void close() throws Exception {
        source.close();
    }

    private LogArchiver archiver(long cap) {
        return new LogArchiver(source, cap, progress::add);
    }

    @Test
    void archivesEveryObjectUnderTheLocationAcrossListingPages() throws Exception {
        for (int i = 0; i < 1005; i++) {
            emulator.obs().put("log-bucket", "jobs/42/logs/worker-" + i + ".log", ("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        emulator.obs().put("log-bucket", "jobs/43/logs/other.log", new byte[] {1});
        ArchiveResult result = archiver(Long.MAX_VALUE).archive(ObsPath.parse("/log-bucket/jobs/42/logs/"), target);
        assertThat(result.files()).hasSize(1005);
        assertThat(result.skipped()).isEmpty();
        assertThat(Files.readString(target.resolve("worker-7.log"))).isEqualTo("line 7\n");
        assertThat(Files.exists(target.resolve("other.log"))).isFalse();
        assertThat(emulator.journal().count("GET", "/log-bucket")).isEqualTo(2);
    }

    @Test
    void archivingAgainReplacesTheEarlierFilesAndLeavesNoPartialOnes() throws Exception {
        emulator.obs().put("log-bucket", "jobs/44/logs/a/worker-0.log", "first\n".getBytes(StandardCharsets.UTF_8));
        emulator.obs().put("log-bucket", "jobs/44/logs/a/worker-1.log", "one\n".getBytes(StandardCharsets.UTF_8));
        archiver(Long.MAX_VALUE).archive(ObsPath.parse("/log-bucket/jobs/44/logs/"), target);
        emulator.obs().put("log-bucket", "jobs/44/logs/a/worker-0.log", "second, longer\n".getBytes(StandardCharsets.UTF_8));
        ArchiveResult again = archiver(Long.MAX_VALUE).archive(ObsPath.parse("/log-bucket/jobs/44/logs/"), target);
        assertThat(again.files()).hasSize(2);
        assertThat(again.bytes()).isEqualTo("second, longer\n".length() + "one\n".length());
        assertThat(Files.readString(target.resolve("a/worker-0.log"))).isEqualTo("second, longer\n");
        try (var files = Files.list(target.resolve("a"))) {
            assertThat(files.map(f -> f.getFileName().toString()).sorted()).containsExactly("worker-0.log", "worker-1.log");
        }
    }

    @Test
    void onASharedLocationOnlyTheJobsOwnObjectsAreArchivedAndTheOthersCounted() throws Exception {
        String mine = "3faf5c03-aaa1-4cbe-879d-24b05d997347";
        emulator.obs().put("shared", "logs/modelarts-job-" + mine + "-worker-0.log", "mine\n".getBytes(StandardCharsets.UTF_8));
        emulator.obs().put("shared", "logs/modelarts-job-" + mine + "-ma-platform-init-worker-1-10.0.0.2-1.log", new byte[] {2});
        emulator.obs().put("shared", "logs/modelarts-job-0b6a4f2e-5b1d-4d8e-9a4c-1f2e3d4c5b6a-worker-0.log", new byte[] {3});
        emulator.obs().put("shared", "logs/other-build.log", new byte[] {4});
        JobLogFilter filter = new JobLogFilter("names containing the job id " + mine, name -> name.contains(mine));
        ArchiveResult result = new LogArchiver(source, Long.MAX_VALUE, progress::add, filter)
                .archive(ObsPath.parse("/shared/logs/"), target);
        assertThat(result.files()).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder(
                "modelarts-job-" + mine + "-worker-0.log", "modelarts-job-" + mine + "-ma-platform-init-worker-1-10.0.0.2-1.log");
        assertThat(result.skipped()).containsExactly("2 objects under obs://shared/logs/ belong to other jobs (this job's"
                + " logs are recognised by names containing the job id " + mine + "): not archived");
    }

    @Test
    void aLargeObjectIsStreamedWithProgressLines() throws Exception {
        long size = 50L * 1024 * 1024;
        emulator.obs().putGenerated("big-bucket", "logs/huge.log", size);
        ArchiveResult result = archiver(Long.MAX_VALUE).archive(ObsPath.parse("obs://big-bucket/logs/"), target);
        assertThat(Files.size(target.resolve("huge.log"))).isEqualTo(size);
        assertThat(result.bytes()).isEqualTo(size);
        assertThat(progress.stream().filter(p -> p.startsWith("downloading logs/huge.log"))).hasSize(5);
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("huge.log");
        }
    }

    @Test
    void keysThatWouldEscapeTheTargetAreSkippedAndSaidSo() throws Exception {
        emulator.obs().put("log-bucket", "logs/ok.log", new byte[] {1});
        emulator.obs().put("log-bucket", "logs/../../escape.log", new byte[] {2});
        emulator.obs().put("log-bucket", "logs/a//b.log", new byte[] {3});
        ArchiveResult result = archiver(Long.MAX_VALUE).archive(ObsPath.parse("/log-bucket/logs/"), target);
        assertThat(result.files()).containsExactly(target.toAbsolutePath().resolve("ok.log"));
        assertThat(result.skipped()).hasSize(2).allMatch(s -> s.contains("unsafe key"));
        assertThat(Files.exists(target.getParent().getParent().resolve("escape.log"))).isFalse();
    }

    @Test
    void theSizeCapStopsFurtherObjectsWithAReason() throws Exception {
        byte[] kib = new byte[1024];
        for (String name : new String[] {"a.log", "b.log", "c.log"}) {
            emulator.obs().put("log-bucket", "logs/" + name, kib);
        }
        ArchiveResult result = archiver(2560).archive(ObsPath.parse("/log-bucket/logs/"), target);
        assertThat(result.files()).hasSize(2);
        assertThat(result.bytes()).isEqualTo(2048);
        assertThat(result.skipped()).singleElement().asString().contains("logs/c.log").contains("size cap of 2.5 KiB");
    }

    @Test
    void aFinishedJobsOwnLogsCanBeArchived() throws Exception {
        Path out = Files.createDirectories(target.resolve("out"));
        emulator.obs().put("emu-logs", "placeholder", new byte[0]);
        var created = io.jenkins.plugins.modelarts.client.ModelArtsClient.builder()
                .endpoint(emulator.baseUrl()).projectId(emulator.projectId())
                .credentials(io.jenkins.plugins.modelarts.client.auth.AkSkCredentials.of(emulator.accessKey(), emulator.secretKey()))
                .build();
        var spec = io.jenkins.plugins.modelarts.core.spec.JobSpecLoader.parse("spec", "{\"job_name\":\"archived\",\"config\":{"
                + "\"worker_server_num\":2,\"app_url\":\"/emu-logs/src/\",\"boot_file_url\":\"/emu-logs/src/t.py\","
                + "\"data_url\":\"/emu-logs/d/\",\"spec_id\":1,\"log_url\":\"/emu-logs/job-logs/\","
                + "\"parameter\":[{\"label\":\"emulator_status_reads\",\"value\":\"0\"}]}}");
        var jobs = new io.jenkins.plugins.modelarts.core.job.TrainingJobs(created);
        var snapshot = jobs.read(jobs.submit(spec).ref());
        assertThat(snapshot.isTerminal()).isTrue();
        ArchiveResult result = archiver(Long.MAX_VALUE).archive(ObsPath.parse("/emu-logs/job-logs/"), out);
        assertThat(result.files()).hasSize(2);
        assertThat(Files.readString(result.files().get(0))).contains("starting training job archived");
    }
}
