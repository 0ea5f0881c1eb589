package io.jenkins.plugins.modelarts.core.logs;

import java.nio.file.Path;
import java.util.List;

/** What was archived: the files written, their total size, and every object left out with the reason. */
public record ArchiveResult(List<Path> files, long bytes, List<String> skipped) {
    public ArchiveResult {
        files = List.copyOf(files);
        skipped = List.copyOf(skipped);
    }
}
