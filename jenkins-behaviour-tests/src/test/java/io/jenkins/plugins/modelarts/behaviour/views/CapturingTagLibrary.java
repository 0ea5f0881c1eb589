package io.jenkins.plugins.modelarts.behaviour.views;

import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.Tag;
import org.apache.commons.jelly.TagLibrary;
import org.apache.commons.jelly.impl.TagScript;
import org.xml.sax.Attributes;

/**
 * Stands in for one of Jenkins' tag libraries ({@code /lib/form}, {@code /lib/layout}, {@code /lib/credentials},
 * {@code /lib/hudson}, {@code jelly:stapler}): every element becomes a {@link CapturingTag}, which records its
 * evaluated attributes and runs its body. The real libraries render HTML and call the descriptor
 * ({@code calcFillSettings}, {@code getCheckMethod}); the tests check what those calls need instead.
 *
 * <p>Registering matters: an unregistered {@code jelly:stapler} prefix makes Jelly 1.0 fail to parse, and an
 * unregistered {@code /lib/...} namespace passes through as plain XML, its body still evaluated.
 */
final class CapturingTagLibrary extends TagLibrary {
    static final String FORM = "/lib/form";
    static final String LAYOUT = "/lib/layout";
    static final String CREDENTIALS = "/lib/credentials";
    static final String HUDSON = "/lib/hudson";
    static final String STAPLER = "jelly:stapler";

    private final String uri;
    private final ViewRecording recording;
    private final ViewEvaluator evaluator;

    CapturingTagLibrary(String uri, ViewRecording recording, ViewEvaluator evaluator) {
        this.uri = uri;
        this.recording = recording;
        this.evaluator = evaluator;
    }

    @Override
    public TagScript createTagScript(String name, Attributes attributes) {
        return new TagScript((tagName, tagAttributes) -> createTag(tagName, tagAttributes));
    }

    @Override
    public Tag createTag(String name, Attributes attributes) throws JellyException {
        if (uri.equals(STAPLER) && name.equals("include")) {
            return new StaplerIncludeTag(recording, evaluator);
        }
        return new CapturingTag(uri, name, recording);
    }
}
