package io.jenkins.plugins.modelarts.jenkins.report;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Which model each recent build released, and which one was released at a given time: one {@link ReleaseRow} per
 * gated training job of each finished build, newest first. Knows no Jenkins type: {@link ModelArtsProjectAction}
 * turns its builds into {@link Build}s.
 */
public final class ReleaseHistory {
    /**
     * A finished build as the history needs it.
     *
     * @param finishedAt when the build ended (its start plus its duration)
     * @param result the build's result ({@code SUCCESS}, {@code UNSTABLE}, …)
     * @param records its training jobs, in the order the build finished them
     */
    public record Build(int number, Instant finishedAt, String result, List<TrainingRecord> records) {
        public Build {
            Objects.requireNonNull(finishedAt, "finishedAt == null");
            records = List.copyOf(records);
        }
    }

    private final List<ReleaseRow> rows;

    private ReleaseHistory(List<ReleaseRow> rows) {
        this.rows = List.copyOf(rows);
    }

    /** The rows of {@code builds} (newest first); a build's later job comes first, jobs without a gate not at all. */
    public static ReleaseHistory of(List<Build> builds) {
        List<ReleaseRow> rows = new ArrayList<>();
        for (Build build : builds) {
            List<TrainingRecord> records = new ArrayList<>(build.records());
            Collections.reverse(records);
            for (TrainingRecord record : records) {
                if (record.getGateOutcome() != null) {
                    rows.add(new ReleaseRow(build.number(), build.finishedAt(), build.result(), record));
                }
            }
        }
        return new ReleaseHistory(rows);
    }

    /** Newest first. */
    public List<ReleaseRow> rows() {
        return rows;
    }

    /**
     * The release in effect at {@code at}: of the released rows whose build finished at or before it, the one that
     * finished last (on a tie, the one listed first, i.e. the newer build or the build's later job).
     */
    public Optional<ReleaseRow> releasedAt(Instant at) {
        ReleaseRow found = null;
        for (ReleaseRow row : rows) {
            if (row.isReleased() && !row.getFinishedAt().isAfter(at)
                    && (found == null || row.getFinishedAt().isAfter(found.getFinishedAt()))) {
                found = row;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The answer to {@code ?at=TEXT}, {@code TEXT} read by {@link #parseAt}. */
    public ReleaseAnswer answer(String text, ZoneId zone) {
        Instant at;
        try {
            at = parseAt(text, zone);
        } catch (IllegalArgumentException e) {
            return ReleaseAnswer.unreadable(text, e.getMessage());
        }
        return ReleaseAnswer.of(text, at, releasedAt(at).orElse(null));
    }

    /**
     * Reads an ISO-8601 instant ({@code 2024-05-01T10:00:00Z}), a date-time with an offset
     * ({@code 2024-05-01T12:00:00+02:00}) or a local date-time ({@code 2024-05-01T10:00}, in {@code zone}).
     *
     * @throws IllegalArgumentException naming the three forms, for anything else
     */
    public static Instant parseAt(String text, ZoneId zone) {
        String trimmed = text == null ? "" : text.strip();
        try {
            return Instant.parse(trimmed);
        } catch (DateTimeException notAnInstant) {
            // try the next form
        }
        try {
            return OffsetDateTime.parse(trimmed).toInstant();
        } catch (DateTimeException noOffset) {
            // try the next form
        }
        try {
            return LocalDateTime.parse(trimmed).atZone(zone).toInstant();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("cannot read \"" + trimmed + "\" as a time: give an ISO-8601 instant "
                    + "(2024-05-01T10:00:00Z), a date-time with an offset (2024-05-01T12:00:00+02:00) or a local "
                    + "date-time (2024-05-01T10:00, in the controller's time zone, " + zone.getId() + ")", e);
        }
    }

    /** The JSON form: {@code releases} (the rows) and, when asked, {@code at} (the answer). */
    public Map<String, Object> toMap(ReleaseAnswer answer) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("releases", rows.stream().map(ReleaseRow::toMap).toList());
        if (answer != null) {
            map.put("at", answer.toMap());
        }
        return map;
    }
}
