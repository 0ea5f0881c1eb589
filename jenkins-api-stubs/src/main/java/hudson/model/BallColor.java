// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

/** The ball colours {@link Result} names; core's constants carry an image, a description and a palette colour (not declared here). */
public enum BallColor implements StatusIcon {
    RED,
    RED_ANIME,
    YELLOW,
    YELLOW_ANIME,
    BLUE,
    BLUE_ANIME,
    GREY,
    GREY_ANIME,
    DISABLED,
    DISABLED_ANIME,
    ABORTED,
    ABORTED_ANIME,
    NOTBUILT,
    NOTBUILT_ANIME;

    @Override
    public String getImageOf(String size) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }

    @Override
    public String getDescription() {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
