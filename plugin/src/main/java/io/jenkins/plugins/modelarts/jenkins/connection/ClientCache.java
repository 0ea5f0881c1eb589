package io.jenkins.plugins.modelarts.jenkins.connection;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.auth.AkSkCredentials;
import io.jenkins.plugins.modelarts.client.auth.Credentials;
import io.jenkins.plugins.modelarts.client.auth.IamPasswordCredentials;
import io.jenkins.plugins.modelarts.client.auth.TokenCredentials;
import io.jenkins.plugins.modelarts.core.poll.ConnectionKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The controller's shared clients, one per {@link ConnectionKey} — endpoint, project and a fingerprint
 * of the resolved credentials — handed out as reference-counted {@link ClientLease}s. A client is
 * closed only when no lease holds it and it has been idle for {@link #IDLE} (a client left behind by
 * rotated keys, or by a connection no step uses any more), never while a call may be using it.
 *
 * <p>The fingerprint is a SHA-256 of the secret material salted with a random value drawn when the
 * controller starts: it tells credentials apart without keeping a copy, cannot be checked against a
 * guessed key, and is never persisted (it means nothing after a restart).
 */
final class ClientCache implements AutoCloseable {
    static final Duration IDLE = Duration.ofMinutes(10);
    private static final byte[] SALT = salt();

    private final class Entry {
        final ModelArtsClient client;
        int leases;
        long idleSince;

        Entry(ModelArtsClient client) {
            this.client = client;
        }
    }

    private final LongSupplier nanoTime;
    private final long idleNanos;
    private final Consumer<ModelArtsClient> closer;
    private final Map<ConnectionKey, Entry> entries = new HashMap<>(); // guarded by this
    private boolean closed;

    ClientCache() {
        this(System::nanoTime, IDLE, ModelArtsClient::close);
    }

    ClientCache(LongSupplier nanoTime, Duration idle, Consumer<ModelArtsClient> closer) {
        this.nanoTime = nanoTime;
        this.idleNanos = idle.toNanos();
        this.closer = closer;
    }

    /** A lease on the client for {@code key}, built by {@code build} when there is none. */
    ClientLease lease(ConnectionKey key, Supplier<ModelArtsClient> build) {
        Entry entry;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("Jenkins is shutting down: no new ModelArts clients");
            }
            evictIdle();
            entry = entries.get(key);
            if (entry == null) {
                entry = new Entry(build.get());
                entries.put(key, entry);
            }
            entry.leases++;
        }
        Entry leased = entry;
        return new ClientLease() {
            private boolean released;

            @Override
            public ModelArtsClient client() {
                return leased.client;
            }

            @Override
            public ConnectionKey key() {
                return key;
            }

            @Override
            public void close() {
                synchronized (ClientCache.this) {
                    if (released) {
                        return;
                    }
                    released = true;
                    if (--leased.leases == 0) {
                        leased.idleSince = nanoTime.getAsLong();
                        if (closed) {
                            entries.values().remove(leased);
                            closer.accept(leased.client);
                            return;
                        }
                    }
                    evictIdle();
                }
            }
        };
    }

    /** Closes and forgets the clients no lease has held for the idle time. */
    private void evictIdle() {
        long now = nanoTime.getAsLong();
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.leases == 0 && now - e.idleSince >= idleNanos) {
                it.remove();
                closer.accept(e.client);
            }
        }
    }

    private static byte[] salt() {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return salt;
    }

    /** Clients held (leased or idle), for tests. */
    synchronized int size() {
        return entries.size();
    }

    /** A salted digest of everything secret in {@code credentials}, to tell credentials apart without keeping a copy. */
    static String fingerprint(Credentials credentials) {
        if (credentials instanceof AkSkCredentials k) {
            return fingerprint("aksk", k.accessKey(), k.secretKey(), k.securityToken());
        }
        if (credentials instanceof IamPasswordCredentials p) {
            return fingerprint("iam", p.domainName(), p.userName(), p.password(), p.iamEndpoint());
        }
        if (credentials instanceof TokenCredentials t) {
            return fingerprint("token", t.token());
        }
        throw new IllegalArgumentException("unknown credentials type " + credentials.getClass());
    }

    /** A salted SHA-256 of the parts, hex. */
    static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(SALT);
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** No new leases; idle clients are closed now, leased ones when their last lease is given back. */
    @Override
    public synchronized void close() {
        closed = true;
        for (Iterator<Entry> it = entries.values().iterator(); it.hasNext(); ) {
            Entry e = it.next();
            if (e.leases == 0) {
                it.remove();
                closer.accept(e.client);
            }
        }
    }
}
