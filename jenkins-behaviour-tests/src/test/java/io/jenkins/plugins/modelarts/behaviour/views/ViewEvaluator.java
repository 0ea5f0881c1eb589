package io.jenkins.plugins.modelarts.behaviour.views;

import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;
import org.apache.commons.jelly.JellyContext;
import org.apache.commons.jelly.JellyException;
import org.apache.commons.jelly.Script;
import org.apache.commons.jelly.XMLOutput;
import org.apache.commons.jelly.parser.XMLParser;
import org.xml.sax.SAXException;

/**
 * Evaluates a view of the plugin with the real commons-jelly 1.0 and commons-jexl 1.1, as Stapler would with the
 * variables core gives the page, Jenkins' tag libraries replaced by {@link CapturingTagLibrary}s.
 *
 * <p>Where this differs from Jenkins, which runs forks of both: Jelly 1.0 ignores
 * {@code <?jelly escape-by-default='true'?>}, so {@link EscapingXmlParser} adds the fork's escaping of text
 * expressions; {@code j:out} comes from {@link JenkinsCoreTagLibrary}; {@code ${%Text}} is the constant text, not
 * looked up in a resource bundle.
 */
public final class ViewEvaluator {
    private final PluginViews views;

    public ViewEvaluator(PluginViews views) {
        this.views = views;
    }

    public PluginViews views() {
        return views;
    }

    /** Runs {@code view} with {@code variables}; includes of other plugin views run too. */
    public ViewRecording evaluate(String view, Map<String, ?> variables) {
        ViewRecording recording = new ViewRecording();
        JellyContext context = new JellyContext();
        context.registerTagLibrary("jelly:core", new JenkinsCoreTagLibrary());
        for (String uri : new String[] {CapturingTagLibrary.FORM, CapturingTagLibrary.LAYOUT, CapturingTagLibrary.CREDENTIALS,
                CapturingTagLibrary.HUDSON, CapturingTagLibrary.STAPLER}) {
            context.registerTagLibrary(uri, new CapturingTagLibrary(uri, recording, this));
        }
        variables.forEach(context::setVariable);
        StringWriter html = new StringWriter();
        XMLOutput output = XMLOutput.createXMLOutput(html, false);
        try {
            run(view, context, output, recording);
            output.flush();
        } catch (JellyException | IOException e) {
            throw new ViewEvaluationException(view, e);
        }
        recording.output(html.toString());
        return recording;
    }

    void run(String view, JellyContext context, XMLOutput output, ViewRecording recording) throws JellyException {
        XMLParser parser = new EscapingXmlParser();
        parser.setContext(context);
        parser.setExpressionFactory(new RecordingExpressionFactory(view, recording));
        Script script;
        try {
            script = parser.parse(views.url(view)).compile();
        } catch (IOException | SAXException e) {
            throw new JellyException("cannot parse " + view + ": " + e, e);
        }
        recording.enterView(view);
        try {
            script.run(context, output);
        } finally {
            recording.leaveView();
        }
    }

    /** A view that does not parse or fails while it runs. */
    public static final class ViewEvaluationException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ViewEvaluationException(String view, Exception cause) {
            super(view + ": " + cause, cause);
        }
    }
}
