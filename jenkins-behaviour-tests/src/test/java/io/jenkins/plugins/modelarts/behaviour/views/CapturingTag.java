package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.jelly.DynaTagSupport;
import org.apache.commons.jelly.JellyTagException;
import org.apache.commons.jelly.XMLOutput;

/**
 * One element of a {@link CapturingTagLibrary}: Jelly evaluates its attributes and hands them over
 * ({@link #setAttribute}); the element records them, with the element it is nested in, and runs its body as
 * core's tags mostly do.
 */
class CapturingTag extends DynaTagSupport {
    private final String library;
    private final String name;
    private final ViewRecording recording;
    private final Map<String, Object> attributes = new LinkedHashMap<>();

    CapturingTag(String library, String name, ViewRecording recording) {
        this.library = library;
        this.name = name;
        this.recording = recording;
    }

    @Override
    public void setAttribute(String attributeName, Object value) {
        attributes.put(attributeName, value);
    }

    @Override
    public final void doTag(XMLOutput output) throws JellyTagException {
        RecordedTag tag = recording.enterTag(library, name, attributes);
        try {
            run(tag, output);
        } finally {
            recording.leaveTag();
            attributes.clear(); // Jelly 1.0 reuses a tag instance for the next run of the same element
        }
    }

    /** What the element does once recorded: runs its body. */
    protected void run(RecordedTag tag, XMLOutput output) throws JellyTagException {
        invokeBody(output);
    }
}
