package io.jenkins.plugins.modelarts.cli;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A server that answers like ModelArts but puts hostile text in every string: canned JSON bodies per
 * "METHOD path-regex" (the project id is {@value #PROJECT}); anything else is a 404 with a hostile
 * error message. Bodies are JSON text, so {@code \u001b} in them is a JSON escape the client decodes.
 */
final class HostileServer implements AutoCloseable {
    static final String PROJECT = "0123456789abcdef0123456789abcdef";
    private final HttpServer server;
    private final Map<String, String> routes = new LinkedHashMap<>();

    HostileServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            String body = null;
            synchronized (routes) {
                for (Map.Entry<String, String> route : routes.entrySet()) {
                    if (key.matches(route.getKey())) {
                        body = route.getValue();
                    }
                }
            }
            int status = body == null ? 404 : 200;
            if (body == null) {
                body = "{\"error_code\":\"ModelArts.0105\",\"error_msg\":\"no such job\\u001b[2J\\nFinished: SUCCESS\"}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        server.start();
    }

    /** Answers {@code METHOD path} (a regex over the path, {project} for the project id) with {@code json}. */
    HostileServer answer(String method, String path, String json) {
        synchronized (routes) {
            routes.put(method + " " + path.replace("{project}", PROJECT), json);
        }
        return this;
    }

    CliRunner cli() {
        return CliRunner.withoutConfiguration()
                .env("MODELARTS_ENDPOINT", "http://127.0.0.1:" + server.getAddress().getPort())
                .env("HUAWEICLOUD_SDK_PROJECT_ID", PROJECT)
                .env("HUAWEICLOUD_SDK_AK", "HOSTILEACCESSKEY0001")
                .env("HUAWEICLOUD_SDK_SK", "hostile-secret");
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
