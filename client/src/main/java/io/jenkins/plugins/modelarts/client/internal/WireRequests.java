package io.jenkins.plugins.modelarts.client.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.json.Json;
import io.jenkins.plugins.modelarts.client.transport.ApiRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Turns an {@link ApiRequest} into what goes on the wire: the URL
 * {@code {endpoint}/{family}/{project_id}/{segments}?{query}} with every segment, name and value
 * encoded once with {@link Rfc3986} (so the wire carries exactly what the signature covers), and the
 * body serialized once.
 */
final class WireRequests {
    private final HttpUrl base;
    private final String basePath;
    private final String projectId;

    WireRequests(HttpUrl base, String projectId) {
        this.base = Objects.requireNonNull(base, "base == null");
        this.projectId = Objects.requireNonNull(projectId, "projectId == null");
        StringBuilder prefix = new StringBuilder();
        for (String segment : base.encodedPathSegments()) {
            if (!segment.isEmpty()) {
                prefix.append('/').append(segment);
            }
        }
        this.basePath = prefix.toString();
    }

    /**
     * Parses a configured endpoint: http or https, optionally with a path prefix, trailing slash
     * tolerated; no query or fragment.
     */
    static HttpUrl parseEndpoint(String endpoint) {
        Objects.requireNonNull(endpoint, "endpoint == null");
        HttpUrl url = HttpUrl.parse(endpoint.trim());
        if (url == null) {
            throw new IllegalArgumentException("endpoint is not an http or https URL: " + endpoint);
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("endpoint must not have a query or fragment: " + endpoint);
        }
        return url;
    }

    HttpUrl url(ApiRequest request) {
        StringBuilder path = new StringBuilder(basePath)
                .append('/').append(request.family().pathPrefix())
                .append('/').append(Rfc3986.encode(projectId));
        List<String> problems = new ArrayList<>();
        for (String segment : request.pathSegments()) {
            if (segment == null || segment.isEmpty() || segment.equals(".") || segment.equals("..")) {
                problems.add("path segment " + (segment == null ? "null" : "'" + segment + "'")
                        + " is not allowed (empty, '.' and '..' would address another resource)");
                continue;
            }
            path.append('/').append(Rfc3986.encode(segment));
        }
        if (!problems.isEmpty()) {
            throw new RequestValidationException(request.describe(), problems);
        }
        HttpUrl.Builder url = base.newBuilder().encodedPath(path.toString());
        for (Map.Entry<String, String> param : request.query()) {
            url.addEncodedQueryParameter(Rfc3986.encode(param.getKey()), Rfc3986.encode(param.getValue()));
        }
        return url.build();
    }

    /** The JSON bytes of the body, or null when the request has none. */
    static byte[] body(ApiRequest request) {
        if (request.body() == null) {
            return null;
        }
        try {
            return Json.mapper().writeValueAsBytes(request.body());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot serialize the body of " + request.describe(), e);
        }
    }
}
