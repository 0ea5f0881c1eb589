package io.jenkins.plugins.modelarts.core.logs;

import java.net.SocketException;
import shade.okhttp3.Call;
import shade.okhttp3.Connection;
import shade.okhttp3.EventListener;

/**
 * The OBS client's read timeout, kept by the socket alone: before each request's headers are sent, the
 * socket of the connection the request uses gets {@code SO_TIMEOUT}, so a read that waits longer fails
 * with a {@code SocketTimeoutException}, as with the client's own setting. Its own setting also arms an
 * Okio watchdog around every read of at most 8 KiB, which, on a lone connection, wakes the watchdog
 * thread at every read: a third more CPU per byte of one big object (docs/performance.md). One per call
 * (the client's event listener factory makes them); the client's socket timeout must be 0.
 */
final class SocketReadTimeout extends EventListener {
    private final int millis;
    private Connection connection;

    SocketReadTimeout(int millis) {
        this.millis = millis;
    }

    @Override
    public void connectionAcquired(Call call, Connection connection) {
        this.connection = connection;
    }

    /** After the connection got its exchange (which sets the client's timeout, 0, on the socket). */
    @Override
    public void requestHeadersStart(Call call) {
        if (connection != null) {
            try {
                connection.socket().setSoTimeout(millis);
            } catch (SocketException e) {
                // a closed socket: the request fails on its own
            }
        }
    }
}
