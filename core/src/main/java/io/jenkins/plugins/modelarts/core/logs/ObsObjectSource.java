package io.jenkins.plugins.modelarts.core.logs;

import com.obs.services.ObsClient;
import com.obs.services.ObsConfiguration;
import com.obs.services.exception.ObsException;
import com.obs.services.model.ListObjectsRequest;
import com.obs.services.model.ObjectListing;
import com.obs.services.model.ObsObject;
import java.io.InputStream;
import java.time.Duration;
import java.util.function.Consumer;

/**
 * Lists and reads objects with the vendor's OBS client, and says whether objects, folders and buckets
 * exist (for the pre-flight). Close it when done.
 */
public final class ObsObjectSource implements ObjectSource, ObjectPresence, AutoCloseable {
    private static final int NOT_FOUND = 404;
    private static final int PAGE = 1000;
    /** How long a read may wait for the next bytes (the OBS client's own default). */
    static final Duration READ_TIMEOUT = Duration.ofSeconds(60);
    private final ObsClient client;

    /**
     * @param endpoint {@code https://obs.REGION.myhuaweicloud.com}, or a local emulator's URL
     * @param pathStyle true for endpoints without bucket sub-domains (the emulator)
     */
    public ObsObjectSource(String endpoint, String accessKey, String secretKey, String securityToken, boolean pathStyle) {
        this(endpoint, accessKey, secretKey, securityToken, pathStyle, READ_TIMEOUT);
    }

    ObsObjectSource(String endpoint, String accessKey, String secretKey, String securityToken, boolean pathStyle,
            Duration readTimeout) {
        ObsConfiguration config = new ObsConfiguration();
        config.setEndPoint(endpoint);
        config.setPathStyle(pathStyle);
        config.setMaxErrorRetry(3);
        // the read timeout on the socket, not the client's Okio watchdog (see SocketReadTimeout)
        config.setSocketTimeout(0);
        int millis = Math.toIntExact(readTimeout.toMillis());
        config.setEventListenerFactory(call -> new SocketReadTimeout(millis));
        this.client = securityToken == null
                ? new ObsClient(accessKey, secretKey, config)
                : new ObsClient(accessKey, secretKey, securityToken, config);
    }

    @Override
    public void list(ObsPath location, Consumer<Entry> each) {
        ListObjectsRequest request = new ListObjectsRequest(location.bucket());
        request.setPrefix(location.prefix());
        request.setMaxKeys(PAGE);
        ObjectListing listing;
        do {
            try {
                listing = client.listObjects(request);
            } catch (ObsException e) {
                throw new ObsAccessException("listing " + location, e);
            }
            for (ObsObject o : listing.getObjects()) {
                Long size = o.getMetadata() == null ? null : o.getMetadata().getContentLength();
                each.accept(new Entry(o.getObjectKey(), size == null ? -1 : size));
            }
            request.setMarker(listing.getNextMarker());
        } while (listing.isTruncated() && listing.getNextMarker() != null);
    }

    @Override
    public InputStream open(String bucket, String key) {
        try {
            return client.getObject(bucket, key).getObjectContent();
        } catch (ObsException e) {
            throw new ObsAccessException("reading obs://" + bucket + "/" + key, e);
        }
    }

    @Override
    public boolean anyUnder(String bucket, String prefix) {
        ListObjectsRequest request = new ListObjectsRequest(bucket);
        request.setPrefix(prefix);
        request.setMaxKeys(2); // a folder marker (the key "prefix" itself, as the console makes) and one more
        try {
            return client.listObjects(request).getObjects().stream().anyMatch(o -> !o.getObjectKey().equals(prefix));
        } catch (ObsException e) {
            if (e.getResponseCode() == NOT_FOUND) {
                return false; // NoSuchBucket
            }
            throw new ObsAccessException("listing obs://" + bucket + "/" + prefix, e);
        }
    }

    @Override
    public boolean objectExists(String bucket, String key) {
        try {
            client.getObjectMetadata(bucket, key);
            return true;
        } catch (ObsException e) {
            if (e.getResponseCode() == NOT_FOUND) {
                return false;
            }
            throw new ObsAccessException("reading the metadata of obs://" + bucket + "/" + key, e);
        }
    }

    @Override
    public boolean bucketExists(String bucket) {
        try {
            return client.headBucket(bucket);
        } catch (ObsException e) {
            throw new ObsAccessException("checking bucket " + bucket, e);
        }
    }

    @Override
    public void close() throws java.io.IOException {
        client.close();
    }
}
