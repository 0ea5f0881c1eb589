package io.jenkins.plugins.modelarts.emulator;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Every request the emulator answered (or dropped), in order, for tests to assert on. Thread-safe. */
public final class Journal {
    /**
     * One request: method, raw path, raw query (or null), the status answered (0 when dropped), when, and
     * the size of the answer's body in bytes (0 when dropped or empty; as declared for a streamed object).
     */
    public record Entry(String method, String path, String query, int status, Instant at, long responseBytes) {}

    private final List<Entry> entries = new ArrayList<>();

    public synchronized void add(Entry entry) {
        entries.add(entry);
    }

    public synchronized List<Entry> entries() {
        return List.copyOf(entries);
    }

    public synchronized int size() {
        return entries.size();
    }

    /** How many requests had this method and a path matching {@code pathRegex} (whole path). */
    public synchronized long count(String method, String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return entries.stream().filter(e -> e.method().equals(method) && p.matcher(e.path()).matches()).count();
    }

    /** The bytes of the answers to requests with this method and a path matching {@code pathRegex} (whole path). */
    public synchronized long responseBytes(String method, String pathRegex) {
        Pattern p = Pattern.compile(pathRegex);
        return entries.stream().filter(e -> e.method().equals(method) && p.matcher(e.path()).matches())
                .mapToLong(Entry::responseBytes).sum();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
