package io.jenkins.plugins.modelarts.behaviour;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.kohsuke.stapler.DataBoundConstructor;

/** The real Stapler's annotations win over the stubs', so Stapler recognises the plugin's constructors. */
class ClasspathOrderTest {
    @Test
    void staplerAnnotationsComeFromTheRealStapler() {
        String jar = DataBoundConstructor.class.getProtectionDomain().getCodeSource().getLocation().toString();
        assertThat(jar).contains("stapler-1.263");
    }
}
