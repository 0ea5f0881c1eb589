package io.jenkins.plugins.modelarts.emulator.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.jenkins.plugins.modelarts.emulator.EmulatorException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/** IAM's {@code POST /v3/auth/tokens} (password method, project scope): 201 with the token in {@code X-Subject-Token}. */
final class IamRoutes {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Tokens tokens;
    private final String user;
    private final String password;
    private final String domain;
    private final String projectId;

    IamRoutes(Tokens tokens, String user, String password, String domain, String projectId) {
        this.tokens = tokens;
        this.user = user;
        this.password = password;
        this.domain = domain;
        this.projectId = projectId;
    }

    Response route(Request r) {
        if (!r.method().equals("POST") || !r.rawPath().equals("/v3/auth/tokens")) {
            throw EmulatorException.noRoute(r.method(), r.rawPath());
        }
        JsonNode auth = r.json().path("auth");
        JsonNode u = auth.path("identity").path("password").path("user");
        if (!user.equals(u.path("name").asText()) || !password.equals(u.path("password").asText())
                || !domain.equals(u.path("domain").path("name").asText())) {
            throw new EmulatorException(401, "IAM.0002", "The username or password is wrong.");
        }
        JsonNode project = auth.path("scope").path("project");
        if (!projectId.equals(project.path("id").asText()) && !"emulator-region".equals(project.path("name").asText())) {
            throw new EmulatorException(400, "IAM.0004", "The token must be scoped to a project of this account.");
        }
        String token = tokens.issue();
        Instant expires = tokens.expiresAt(token);
        ObjectNode body = JSON.createObjectNode();
        ObjectNode t = body.putObject("token");
        t.put("expires_at", DateTimeFormatter.ISO_INSTANT.format(expires));
        t.put("issued_at", DateTimeFormatter.ISO_INSTANT.format(expires.minusSeconds(86_400)));
        t.putArray("methods").add("password");
        t.putObject("project").put("id", projectId);
        return Response.json(201, body).withHeader("X-Subject-Token", token);
    }
}
