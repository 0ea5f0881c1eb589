package io.jenkins.plugins.modelarts.emulator.http;

import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore;
import io.jenkins.plugins.modelarts.emulator.obs.ObjectStore.StoredObject;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.LockSupport;

/**
 * The OBS subset on the same port, path style: {@code GET /{bucket}?prefix=&marker=&max-keys=}
 * lists objects (S3-style {@code ListBucketResult}), {@code GET}/{@code HEAD /{bucket}/{key}}
 * reads one, streamed.
 */
final class ObsRoutes {
    /**
     * An HTTP date as OBS sends it (RFC 7231's IMF-fixdate: a two-digit day). Not RFC_1123_DATE_TIME, whose
     * one-digit day on the 1st to 9th of a month the OBS client fails to parse, then retries in a costly way.
     */
    static final DateTimeFormatter HTTP_DATE = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
            .withZone(ZoneOffset.UTC);
    private final ObjectStore store;

    ObsRoutes(ObjectStore store) {
        this.store = store;
    }

    Response route(Request r) {
        waitFirstByteLatency();
        List<String> s = r.segments();
        if (s.isEmpty() || !(r.method().equals("GET") || r.method().equals("HEAD"))) {
            throw new EmulatorException(405, "MethodNotAllowed", "Only listing and reading objects are emulated");
        }
        String bucket = s.get(0);
        if (!store.hasBucket(bucket)) {
            throw new EmulatorException(404, "NoSuchBucket", "The specified bucket does not exist");
        }
        if (s.size() == 1) {
            return list(bucket, r);
        }
        String key = String.join("/", s.subList(1, s.size())) + (r.rawPath().endsWith("/") ? "/" : "");
        StoredObject object = store.get(bucket, key);
        if (object == null) {
            throw new EmulatorException(404, "NoSuchKey", "The specified key does not exist");
        }
        Response response = new Response(200, "application/octet-stream", new java.util.LinkedHashMap<>(),
                r.method().equals("HEAD") ? java.io.InputStream.nullInputStream() : object.open(), object.size());
        return response.withHeader("ETag", object.etag())
                .withHeader("Last-Modified", HTTP_DATE.format(object.lastModified()));
    }

    /** A network's round trip before any answer, when one is set. */
    private void waitFirstByteLatency() {
        long until = System.nanoTime() + store.firstByteLatency().toNanos();
        for (long left; (left = until - System.nanoTime()) > 0; ) {
            LockSupport.parkNanos(left);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
        }
    }

    private Response list(String bucket, Request r) {
        String prefix = r.query().getOrDefault("prefix", "");
        String marker = r.query().getOrDefault("marker", "");
        int max = r.intQuery("max-keys", 1000);
        List<StoredObject> found = store.list(bucket, prefix, marker, Math.max(1, Math.min(max, 1000)));
        boolean truncated = found.size() > max;
        List<StoredObject> page = truncated ? found.subList(0, max) : found;
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ListBucketResult xmlns=\"http://obs.myhwclouds.com/doc/2015-06-30/\">")
                .append(tag("Name", bucket)).append(tag("Prefix", prefix)).append(tag("Marker", marker))
                .append(tag("MaxKeys", String.valueOf(max))).append(tag("IsTruncated", String.valueOf(truncated)));
        if (truncated) {
            xml.append(tag("NextMarker", page.get(page.size() - 1).key()));
        }
        for (StoredObject o : page) {
            xml.append("<Contents>").append(tag("Key", o.key()))
                    .append(tag("LastModified", DateTimeFormatter.ISO_INSTANT.format(o.lastModified())))
                    .append(tag("ETag", o.etag())).append(tag("Size", String.valueOf(o.size())))
                    .append(tag("StorageClass", "STANDARD")).append("</Contents>");
        }
        xml.append("</ListBucketResult>");
        return Response.bytes(200, "application/xml", xml.toString().getBytes(StandardCharsets.UTF_8));
    }

    static String errorXml(EmulatorException e, String requestId) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>" + tag("Code", e.code()) + tag("Message", e.getMessage())
                + tag("RequestId", requestId) + "</Error>";
    }

    private static String tag(String name, String value) {
        return "<" + name + ">" + escape(value) + "</" + name + ">";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&apos;");
    }
}
