package io.jenkins.plugins.modelarts.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.obs.services.ObsClient;
import com.obs.services.ObsConfiguration;
import com.obs.services.exception.ObsException;
import com.obs.services.model.ListObjectsRequest;
import com.obs.services.model.ObjectListing;
import com.obs.services.model.ObsObject;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The vendor's own OBS client ({@code esdk-obs-java-bundle}) reads the emulator's buckets. */
class ObsClientTest {
    @RegisterExtension
    static final ModelArtsEmulatorExtension EMULATOR = new ModelArtsEmulatorExtension();

    private final ModelArtsEmulator emulator = EMULATOR.emulator();
    private ObsClient obs;

    @BeforeEach
    void connect() {
        ObsConfiguration config = new ObsConfiguration();
        config.setEndPoint(emulator.baseUrl());
        config.setPathStyle(true);
        config.setMaxErrorRetry(0);
        obs = new ObsClient(emulator.accessKey(), emulator.secretKey(), config);
    }

    @AfterEach
    void close() throws Exception {
        obs.close();
    }

    @Test
    void listsWithPagingAndReadsObjects() throws Exception {
        for (int i = 0; i < 7; i++) {
            emulator.obs().put("log-bucket", "logs/job/file-" + i + ".log", ("line " + i + "\n").getBytes(StandardCharsets.UTF_8));
        }
        emulator.obs().put("log-bucket", "other/x.log", new byte[] {1});
        List<String> keys = new ArrayList<>();
        ListObjectsRequest request = new ListObjectsRequest("log-bucket");
        request.setPrefix("logs/job/");
        request.setMaxKeys(3);
        ObjectListing listing;
        int pages = 0;
        do {
            listing = obs.listObjects(request);
            listing.getObjects().forEach(o -> keys.add(o.getObjectKey()));
            request.setMarker(listing.getNextMarker());
            pages++;
        } while (listing.isTruncated());
        assertThat(pages).isEqualTo(3);
        assertThat(keys).hasSize(7).allMatch(k -> k.startsWith("logs/job/file-"));
        ObsObject object = obs.getObject("log-bucket", "logs/job/file-3.log");
        try (InputStream in = object.getObjectContent()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("line 3\n");
        }
    }

    @Test
    void streamsALargeGeneratedObject() throws Exception {
        long size = 50L * 1024 * 1024;
        emulator.obs().putGenerated("big-bucket", "logs/huge.log", size);
        ObsObject object = obs.getObject("big-bucket", "logs/huge.log");
        long read = 0;
        byte[] buffer = new byte[64 * 1024];
        try (InputStream in = object.getObjectContent()) {
            for (int n; (n = in.read(buffer)) > 0; ) {
                read += n;
            }
        }
        assertThat(read).isEqualTo(size);
        assertThat(object.getMetadata().getContentLength()).isEqualTo(size);
    }

    @Test
    void lastModifiedIsAnHttpDateWithATwoDigitDay() throws Exception {
        Instant stored = Instant.parse("2026-12-01T11:27:54Z"); // a one-digit day of the month
        try (ModelArtsEmulator dated = ModelArtsEmulator.builder().clock(Clock.fixed(stored, ZoneOffset.UTC))
                .authRequired(false).build().start()) {
            dated.obs().put("dated", "logs/a.log", "line\n".getBytes(StandardCharsets.UTF_8));
            HttpURLConnection c = (HttpURLConnection) URI.create(dated.baseUrl() + "/dated/logs/a.log").toURL().openConnection();
            try (InputStream in = c.getInputStream()) {
                assertThat(in.readAllBytes()).hasSize(5);
            }
            assertThat(c.getHeaderField("Last-Modified")).isEqualTo("Tue, 01 Dec 2026 11:27:54 GMT");
            ObsConfiguration config = new ObsConfiguration();
            config.setEndPoint(dated.baseUrl());
            config.setPathStyle(true);
            try (ObsClient client = new ObsClient(dated.accessKey(), dated.secretKey(), config)) {
                ObsObject object = client.getObject("dated", "logs/a.log");
                object.getObjectContent().close();
                assertThat(object.getMetadata().getLastModified()).isEqualTo(Date.from(stored));
            }
        }
    }

    @Test
    void aFirstByteLatencyDelaysEveryObsAnswerUntilAReset() throws Exception {
        emulator.obs().put("slow", "a.log", new byte[] {1}).firstByteLatency(Duration.ofMillis(800));
        long start = System.nanoTime();
        obs.getObject("slow", "a.log").getObjectContent().close();
        assertThatThrownBy(() -> obs.getObject("slow", "missing")).isInstanceOf(ObsException.class);
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(1600);
        emulator.reset();
        emulator.obs().put("slow", "a.log", new byte[] {1});
        start = System.nanoTime();
        obs.getObject("slow", "a.log").getObjectContent().close();
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(800);
    }

    @Test
    void aFinishedJobsLogsAreInItsLogPath() {
        Api api = new Api(emulator);
        var created = api.ok("POST", "v1", "training-jobs", Api.v1Job("archived", JobScript.STATUS_READS, "0"));
        api.ok("GET", "v1", "training-jobs/" + created.path("job_id").asLong() + "/versions/"
                + created.path("version_id").asLong(), null);
        ListObjectsRequest request = new ListObjectsRequest("emu-bucket");
        request.setPrefix("logs/archived/");
        List<String> keys = obs.listObjects(request).getObjects().stream().map(ObsObject::getObjectKey).toList();
        assertThat(keys).singleElement().asString().endsWith("-worker-0.log");
    }

    @Test
    void aMirroredFolderIsServedAsBucketsWithItsFilesAsObjects(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("ml-bucket/data/train"));
        Files.writeString(root.resolve("ml-bucket/data/train/part-0.csv"), "a,b\n1,2\n");
        Files.writeString(root.resolve("ml-bucket/src.py"), "print('hi')\n");
        Files.createDirectories(root.resolve("empty-bucket"));
        Files.writeString(root.resolve("not-a-bucket.txt"), "ignored");

        assertThat(emulator.obs().mirror(root)).isEqualTo(2);

        ListObjectsRequest request = new ListObjectsRequest("ml-bucket");
        assertThat(obs.listObjects(request).getObjects()).extracting(ObsObject::getObjectKey)
                .containsExactly("data/train/part-0.csv", "src.py");
        try (InputStream in = obs.getObject("ml-bucket", "data/train/part-0.csv").getObjectContent()) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("a,b\n1,2\n");
        }
        assertThat(obs.headBucket("empty-bucket")).isTrue();
        assertThat(obs.headBucket("not-a-bucket.txt")).isFalse();
        assertThatThrownBy(() -> emulator.obs().mirror(root.resolve("not-a-bucket.txt")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void missingObjectsAreObsErrors() {
        emulator.obs().put("some-bucket", "a", new byte[] {1});
        assertThatThrownBy(() -> obs.getObject("some-bucket", "missing"))
                .isInstanceOfSatisfying(ObsException.class, e -> assertThat(e.getResponseCode()).isEqualTo(404));
    }
}
