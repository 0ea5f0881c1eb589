// Stub of org.kohsuke.stapler:stapler 1903.1905.ve5a_f469356f0 — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import java.io.IOException;

/** The deprecated javax-servlet overload of {@code generateResponse} is not declared. */
public interface HttpResponse {
    default void generateResponse(StaplerRequest2 req, StaplerResponse2 rsp, Object node)
            throws IOException, ServletException {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
