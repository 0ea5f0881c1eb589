package io.jenkins.plugins.modelarts.behaviour.views;

import org.apache.commons.jelly.JellyTagException;
import org.apache.commons.jelly.TagSupport;
import org.apache.commons.jelly.XMLOutput;
import org.apache.commons.jelly.tags.core.CoreTagLibrary;
import org.xml.sax.SAXException;

/**
 * {@code jelly:core} as Jenkins' Jelly fork has it: Jelly 1.0's core tags plus {@code <j:out value="..."/>},
 * which the fork added to write a value unescaped (views use it for HTML the plugin generated). Jelly 1.0
 * has no {@code j:out} and would pass the element through as XML.
 */
final class JenkinsCoreTagLibrary extends CoreTagLibrary {
    JenkinsCoreTagLibrary() {
        registerTag("out", OutTag.class);
    }

    /** Writes {@code value} as it is, without escaping. */
    public static final class OutTag extends TagSupport {
        private Object value;

        public void setValue(Object value) {
            this.value = value;
        }

        @Override
        public void doTag(XMLOutput output) throws JellyTagException {
            if (value == null) {
                return;
            }
            try {
                String text = value.toString();
                output.write(text);
            } catch (SAXException e) {
                throw new JellyTagException(e);
            }
        }
    }
}
