package io.jenkins.plugins.modelarts.client.internal;

import io.jenkins.plugins.modelarts.client.errors.ResponseDecodingException;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import java.io.IOException;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSource;

/**
 * Reads an answer body into memory, refusing one larger than a limit before holding it: a declared
 * {@code Content-Length} over the limit is refused unread; otherwise at most limit + 1 bytes are
 * buffered. API answers are small (a log preview is at most 5 MB), so a huge one is a fault, and
 * reading it whole would end the JVM with an {@code OutOfMemoryError}.
 */
final class BoundedBodies {
    private BoundedBodies() {}

    static byte[] read(Response response, long limit, ApiRequest request) throws IOException {
        ResponseBody body = response.body();
        long declared = body.contentLength();
        if (declared > limit) {
            throw tooLarge(request, response.code(), declared + " bytes declared", limit);
        }
        BufferedSource source = body.source();
        if (source.request(limit + 1)) {
            throw tooLarge(request, response.code(), "more than " + limit + " bytes", limit);
        }
        return source.readByteArray();
    }

    private static ResponseDecodingException tooLarge(ApiRequest request, int status, String size, long limit) {
        return new ResponseDecodingException("The answer to " + request.describe() + " (HTTP " + status + ") is too large: "
                + size + ", the limit is " + limit + " bytes (" + (limit / (1024 * 1024)) + " MiB); it was not read", null);
    }
}
