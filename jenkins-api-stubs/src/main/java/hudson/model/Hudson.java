// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import jakarta.servlet.ServletContext;
import java.io.File;
import java.io.IOException;
import jenkins.model.Jenkins;
import org.jvnet.hudson.reactor.ReactorException;

/** Only declared because the owner of {@code Permission.HUDSON_PERMISSIONS} is this class (permission ids start with {@code hudson.model.Hudson.}). */
public class Hudson extends Jenkins {
    public Hudson(File root, ServletContext context) throws IOException, InterruptedException, ReactorException {
        super(root, context);
    }
}
