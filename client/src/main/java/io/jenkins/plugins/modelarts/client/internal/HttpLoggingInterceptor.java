package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.HttpLogger;
import java.io.IOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import okhttp3.Headers;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Writes {@code --> GET url} and {@code <-- 200 url (12 ms)} lines, and at {@link HttpLogger.Level#HEADERS}
 * the headers too, with token and signature values replaced by {@value #REDACTED}. Never bodies.
 *
 * <p>An application interceptor: it sees the headers the client set, not the ones OkHttp adds on the
 * wire ({@code Host}, {@code Content-Length}, {@code Accept-Encoding}).
 */
public final class HttpLoggingInterceptor implements Interceptor {
    public static final String REDACTED = "██";
    private static final Set<String> SECRET_HEADERS = Set.of(
            "authorization", "x-auth-token", "x-subject-token", "x-security-token", "proxy-authorization",
            "cookie", "set-cookie");

    private final HttpLogger logger;
    private final HttpLogger.Level level;

    public HttpLoggingInterceptor(HttpLogger logger, HttpLogger.Level level) {
        this.logger = Objects.requireNonNull(logger, "logger == null");
        this.level = Objects.requireNonNull(level, "level == null");
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (level == HttpLogger.Level.NONE) {
            return chain.proceed(request);
        }
        logger.log("--> " + request.method() + " " + request.url());
        if (level == HttpLogger.Level.HEADERS) {
            logRequestHeaders(request);
        }
        long start = System.nanoTime();
        Response response;
        try {
            response = chain.proceed(request);
        } catch (IOException e) {
            logger.log("<-- HTTP FAILED: " + request.method() + " " + request.url() + ": " + e);
            throw e;
        }
        long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        logger.log("<-- " + response.code() + " " + response.request().url() + " (" + millis + " ms)");
        if (level == HttpLogger.Level.HEADERS) {
            logHeaders(response.headers());
            logger.log("<-- END HTTP");
        }
        return response;
    }

    private void logRequestHeaders(Request request) throws IOException {
        RequestBody body = request.body();
        Headers headers = request.headers();
        if (body != null && body.contentType() != null && headers.get("Content-Type") == null) {
            logger.log("Content-Type: " + body.contentType());
        }
        if (body != null && body.contentLength() != -1 && headers.get("Content-Length") == null) {
            logger.log("Content-Length: " + body.contentLength());
        }
        logHeaders(headers);
        logger.log("--> END " + request.method());
    }

    private void logHeaders(Headers headers) {
        for (int i = 0; i < headers.size(); i++) {
            String name = headers.name(i);
            logger.log(name + ": " + (isSecret(name) ? REDACTED : headers.value(i)));
        }
    }

    static boolean isSecret(String headerName) {
        return SECRET_HEADERS.contains(headerName.toLowerCase(Locale.ROOT));
    }
}
