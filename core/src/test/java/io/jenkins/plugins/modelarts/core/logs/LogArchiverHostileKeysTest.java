package io.jenkins.plugins.modelarts.core.logs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A listing the archiver cannot trust (docs/security.md, "Path traversal in archive keys"): keys it
 * cannot save are skipped and listed with a reason, and the rest are archived.
 */
class LogArchiverHostileKeysTest {
    private static final ObsPath LOCATION = ObsPath.parse("/log-bucket/jobs/42/logs/");

    @TempDir
    Path target;

    private final List<String> progress = new ArrayList<>();

    /** Lists exactly these keys, whatever the prefix: a server that does not filter, or lies. */
    private static ObjectSource listing(String... keys) {
        return new ObjectSource() {
            @Override
            public void list(ObsPath location, Consumer<Entry> each) {
                for (String key : keys) {
                    each.accept(new Entry(key, key.length()));
                }
            }

            @Override
            public InputStream open(String bucket, String key) {
                return new ByteArrayInputStream(key.getBytes(StandardCharsets.UTF_8));
            }
        };
    }

    private ArchiveResult archive(String... keys) throws Exception {
        return new LogArchiver(listing(keys), Long.MAX_VALUE, progress::add).archive(LOCATION, target);
    }

    @Test
    void aKeySegmentTooLongForTheFileSystemIsSkippedAndTheRestArchived() throws Exception {
        String longName = "jobs/42/logs/" + "a".repeat(300) + ".log";
        ArchiveResult result = archive(longName, "jobs/42/logs/worker-0.log", "jobs/42/logs/" + "d".repeat(300) + "/x.log");
        assertThat(result.files()).containsExactly(target.toAbsolutePath().resolve("worker-0.log"));
        assertThat(result.skipped()).hasSize(2).allSatisfy(s -> assertThat(s).contains("too long"));
    }

    @Test
    void aKeyThatIsAlsoAFolderOfAnotherKeyIsSkippedEitherWay() throws Exception {
        ArchiveResult fileFirst = archive("jobs/42/logs/x", "jobs/42/logs/x/y", "jobs/42/logs/z.log");
        assertThat(fileFirst.files()).extracting(p -> target.relativize(p).toString()).containsExactly("x", "z.log");
        assertThat(fileFirst.skipped()).singleElement().asString().startsWith("jobs/42/logs/x/y: ").contains("cannot be saved");

        Path other = target.resolve("other");
        ArchiveResult folderFirst = new LogArchiver(listing("jobs/42/logs/x/y", "jobs/42/logs/x", "jobs/42/logs/z.log"),
                Long.MAX_VALUE, progress::add).archive(LOCATION, other);
        assertThat(folderFirst.files()).extracting(p -> other.relativize(p).toString()).containsExactly("x/y", "z.log");
        assertThat(folderFirst.skipped()).singleElement().asString().startsWith("jobs/42/logs/x: ");
        try (var files = Files.walk(other)) {
            assertThat(files.map(Path::toString)).noneMatch(p -> p.endsWith(".partial"));
        }
    }

    @Test
    void keysOutsideThePrefixAreSkippedNotSavedUnderATruncatedName() throws Exception {
        ArchiveResult result = archive("jobs/4", "jobs/43/logs/other.log", "elsewhere/secret.txt", "jobs/42/logs/ok.log");
        assertThat(result.files()).containsExactly(target.toAbsolutePath().resolve("ok.log"));
        assertThat(result.skipped()).hasSize(3).allSatisfy(s -> assertThat(s).contains("outside"));
        try (var files = Files.list(target)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ok.log");
        }
    }

    @Test
    void keysInProgressAndSkipLinesAreEscaped() throws Exception {
        ArchiveResult result = archive("jobs/42/logs/a\u001b[2J.log", "jobs/42/logs/ok\u202E.log");
        assertThat(result.skipped()).singleElement().asString().contains("a\\u001b[2J.log").doesNotContain("\u001b");
        assertThat(progress).singleElement().asString().contains("ok\\u202e.log").doesNotContain("\u202E");
    }
}
