package io.jenkins.plugins.modelarts.client;

/**
 * Where the client writes its HTTP trace, one line at a time. The client picks no logging framework:
 * pass {@code System.err::println}, a {@code java.util.logging.Logger}'s {@code info}, or a build
 * log's {@code println}.
 *
 * <p>Nothing is logged unless a level above {@link Level#NONE} is chosen. Request and response
 * bodies are never logged, and the values of {@code Authorization}, {@code X-Auth-Token},
 * {@code X-Subject-Token} and {@code X-Security-Token} are always replaced by {@code ██}.
 */
@FunctionalInterface
public interface HttpLogger {
    void log(String line);

    /** How much to log. */
    enum Level {
        /** Nothing. The default. */
        NONE,
        /** One line per request ({@code --> GET url}) and one per response ({@code <-- 200 url (12 ms)}). */
        BASIC,
        /** {@link #BASIC} plus the request and response headers, secrets redacted. */
        HEADERS
    }
}
