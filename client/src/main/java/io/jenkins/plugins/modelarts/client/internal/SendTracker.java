package io.jenkins.plugins.modelarts.client.internal;

import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * A network interceptor that records, on the request's {@link Attempt} tag, that a connection able
 * to carry the request was obtained. OkHttp calls network interceptors only after DNS, connect and
 * the TLS handshake succeeded, just before it writes the request. So an {@link IOException} from an
 * attempt whose mark is still unset certainly happened before anything was sent, and even a create
 * may be retried safely.
 */
final class SendTracker implements Interceptor {
    static final SendTracker INSTANCE = new SendTracker();

    private SendTracker() {}

    @Override
    public Response intercept(Chain chain) throws IOException {
        Attempt attempt = chain.request().tag(Attempt.class);
        if (attempt != null) {
            attempt.connected = true;
        }
        return chain.proceed(chain.request());
    }

    /** One attempt's mark. */
    static final class Attempt {
        private volatile boolean connected;

        /** False only while no connection for this attempt was ready to send. */
        boolean mayHaveBeenSent() {
            return connected;
        }
    }
}
