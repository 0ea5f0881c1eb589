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
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * One shared client per connection, rebuilt when the secret behind the credentials id changes (a
 * rotated key). The cache holds a digest of the secret material to notice the change, never the
 * material itself beyond what the client needs to sign.
 */
final class ClientCache implements AutoCloseable {
    private record Entry(String fingerprint, ModelArtsClient client) {}

    private final Map<ConnectionKey, Entry> clients = new ConcurrentHashMap<>();

    ModelArtsClient get(ConnectionKey key, String fingerprint, Supplier<ModelArtsClient> build) {
        return clients.compute(key, (k, old) -> old != null && old.fingerprint.equals(fingerprint)
                ? old
                : new Entry(fingerprint, build.get())).client;
    }

    /** A digest of everything secret in {@code credentials}, to notice a rotated key without keeping a copy. */
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

    /** A digest of the parts, for {@link #get}. */
    static String fingerprint(String... parts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha.update(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        clients.values().forEach(e -> e.client.close());
        clients.clear();
    }
}
