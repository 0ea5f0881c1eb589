// Stub of org.kohsuke.stapler:stapler 1903.1905.ve5a_f469356f0 — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** Member-less here; the real interface adds Stapler's request helpers, which the plugin does not call. */
public interface StaplerRequest2 extends HttpServletRequest {
}
