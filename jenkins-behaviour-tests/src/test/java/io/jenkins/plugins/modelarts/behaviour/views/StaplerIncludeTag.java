package io.jenkins.plugins.modelarts.behaviour.views;

import java.util.Optional;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyTagException;
import org.apache.commons.jelly.XMLOutput;

/**
 * {@code <st:include page="..." class="..." it="..." from="..."/>} as Stapler's {@code IncludeTag} does it: the
 * page is looked up on {@code class}, else on the class of {@code from}, else on that of {@code it} (the
 * attribute, else the variable), walking up the superclasses; it runs in a child context where {@code it} is
 * replaced only when the attribute is given, and {@code from} is {@code from}, else {@code it}. A page of the
 * plugin is evaluated; one found outside the plugin (core's {@code sidepanel.jelly}, a superclass's view in
 * another plugin) is only recorded.
 */
final class StaplerIncludeTag extends CapturingTag {
    private final ViewRecording recording;
    private final ViewEvaluator evaluator;

    StaplerIncludeTag(ViewRecording recording, ViewEvaluator evaluator) {
        super(CapturingTagLibrary.STAPLER, "include", recording);
        this.recording = recording;
        this.evaluator = evaluator;
    }

    @Override
    protected void run(RecordedTag tag, XMLOutput output) throws JellyTagException {
        Object page = tag.attribute("page");
        boolean optional = Boolean.parseBoolean(String.valueOf(tag.attribute("optional")));
        if (page == null) {
            if (!optional) {
                throw new JellyTagException("The page attribute is not specified");
            }
            invokeBody(output);
            return;
        }
        Object it = tag.attribute("it") != null ? tag.attribute("it") : getContext().getVariable("it");
        Class<?> scriptClass = scriptClass(tag, it);
        if (scriptClass == null) {
            throw new JellyTagException("st:include of " + page + ": no class, from or it to look the page up on");
        }
        Optional<String> view = evaluator.views().find(scriptClass, page.toString());
        if (view.isEmpty()) {
            recording.includeOutsideThePlugin(tag.view(), page, scriptClass); // core's or another plugin's page
            return;
        }
        JellyContext included = new JellyContext(getContext());
        included.setExportLibraries(false);
        if (tag.attribute("it") != null) {
            included.setVariable("it", tag.attribute("it"));
        }
        included.setVariable("from", tag.attribute("from") != null ? tag.attribute("from") : it);
        try {
            evaluator.run(view.get(), included, output, recording);
        } catch (JellyTagException e) {
            throw e;
        } catch (org.apache.commons.jelly.JellyException e) {
            throw new JellyTagException(e);
        }
    }

    private static Class<?> scriptClass(RecordedTag tag, Object it) throws JellyTagException {
        Object clazz = tag.attribute("class");
        if (clazz instanceof Class<?> c) {
            return c;
        }
        if (clazz != null) {
            try {
                return Class.forName(clazz.toString(), false, StaplerIncludeTag.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new JellyTagException("st:include class " + clazz + " not found", e);
            }
        }
        Object from = tag.attribute("from");
        if (from != null) {
            return from.getClass();
        }
        return it == null ? null : it.getClass();
    }
}
