package io.jenkins.plugins.modelarts.client.transport;

/**
 * Which ModelArts API generation a request belongs to. It decides the path prefix
 * ({@code /v1/{project_id}/} or {@code /v2/{project_id}/}) and how a response is judged: a v1
 * body with {@code "is_success": false} is an error even under HTTP 200.
 */
public enum ApiFamily {
    V1("v1"),
    V2("v2");

    private final String pathPrefix;

    ApiFamily(String pathPrefix) {
        this.pathPrefix = pathPrefix;
    }

    public String pathPrefix() {
        return pathPrefix;
    }
}
