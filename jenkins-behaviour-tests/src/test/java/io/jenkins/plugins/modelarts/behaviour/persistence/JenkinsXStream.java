package io.jenkins.plugins.modelarts.behaviour.persistence;

import com.thoughtworks.xstream.XStream;
import com.thoughtworks.xstream.converters.Converter;
import com.thoughtworks.xstream.converters.collections.CollectionConverter;
import com.thoughtworks.xstream.core.JVM;
import com.thoughtworks.xstream.io.HierarchicalStreamWriter;
import com.thoughtworks.xstream.io.xml.PrettyPrintWriter;
import com.thoughtworks.xstream.io.xml.StandardStaxDriver;
import com.thoughtworks.xstream.security.AnyTypePermission;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CopyOnWriteArraySet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * The XStream a Jenkins controller (2.479.3) reads and writes {@code build.xml} and global configuration files
 * with, rebuilt from plain XStream 1.4.21 as far as it allows. Facts read in core's {@code hudson.util.XStream2}
 * and {@code hudson.XmlFile}; no code of theirs is copied.
 *
 * <p>Reproduced:
 * <ul>
 *   <li>the driver: a StAX driver whose factories are the JDK's own ({@code XMLInputFactory.newInstance()},
 *       not namespace aware, no external entities; {@code XMLOutputFactory.newInstance()}), because plain
 *       {@link StandardStaxDriver} names an internal factory that {@code java.xml} does not export on Java 17;</li>
 *   <li>the writer: a {@link PrettyPrintWriter} in XML 1.1 mode, and {@link #toXml} prefixes
 *       {@code <?xml version='1.1' encoding='UTF-8'?>} as {@code XmlFile.write} does;</li>
 *   <li>loading into an existing object ({@link #unmarshalInto}), which is what {@code XmlFile.unmarshal(o)}
 *       does for a {@code Descriptor.load()};</li>
 *   <li>{@code CopyOnWriteArrayList}/{@code CopyOnWriteArraySet} written as plain collections (core's
 *       {@code RobustCollectionConverter} claims them; XStream alone would use custom serialization);</li>
 *   <li>type permissions: core allows any type ({@code AnyTypePermission.ANY}, JEP-200 filters classes
 *       elsewhere) and denies {@code void}/{@code Void}; the same here;</li>
 *   <li>tolerance of unknown fields, as far as XStream can: {@code ignoreUnknownElements()} skips an element
 *       with no field (core's {@code RobustReflectionConverter} skips it and reports it to {@code OldDataMonitor}).</li>
 * </ul>
 *
 * <p>Not reproduced: the robust converter's tolerance of a field whose value fails to convert (here the whole
 * read fails), {@code OldDataMonitor}, the plugin-class ownership and {@code readResolve} callbacks it adds,
 * the blacklist converter (SECURITY-247), JEP-200's class filter, and every core converter, in particular
 * {@code Secret.ConverterImpl} (encrypts secrets with the controller's key; the stub {@code Secret} holds
 * nothing) and the {@code Run}/{@code Job} converters. Checks therefore stay on plain plugin fields.
 */
public final class JenkinsXStream {
    /** The header {@code XmlFile.write} puts before every file. */
    public static final String XML_HEADER = "<?xml version='1.1' encoding='UTF-8'?>\n";

    private final JdkStaxDriver driver = new JdkStaxDriver();
    private final XStream xstream;

    public JenkinsXStream() {
        xstream = new XStream(driver);
        xstream.addPermission(AnyTypePermission.ANY);
        xstream.denyTypes(new Class<?>[] {void.class, Void.class});
        xstream.ignoreUnknownElements();
        xstream.registerConverter(new CollectionConverter(xstream.getMapper(), CopyOnWriteArrayList.class), 10);
        xstream.registerConverter(new CollectionConverter(xstream.getMapper(), CopyOnWriteArraySet.class), 10);
    }

    /** Registers a converter as a core or plugin converter would be (e.g. a stand-in for {@code Secret}'s). */
    public JenkinsXStream register(Converter converter) {
        xstream.registerConverter(converter, XStream.PRIORITY_VERY_HIGH);
        return this;
    }

    /** The file's content as {@code XmlFile.write} would store {@code o}: the XML 1.1 header, then the object. */
    public String toXml(Object o) {
        StringWriter out = new StringWriter();
        out.write(XML_HEADER);
        xstream.toXML(o, out);
        return out.toString();
    }

    /** A new object from a file's content, as {@code XmlFile.read()} does (a build's {@code build.xml}). */
    public Object fromXml(String xml) {
        return xstream.fromXML(new StringReader(xml));
    }

    /** Fills an existing object from a file's content, as {@code XmlFile.unmarshal(o)} does for {@code load()}. */
    public Object unmarshalInto(String xml, Object target) {
        return xstream.unmarshal(driver.createReader(new StringReader(xml)), target);
    }

    /**
     * An instance made without running a constructor, as XStream itself makes objects it reads (the JVM's
     * serialization constructor); for classes whose constructor cannot run against the stubs.
     */
    public static <T> T instantiateWithoutConstructor(Class<T> type) {
        return type.cast(JVM.newReflectionProvider().newInstance(type));
    }

    /** XStream's writer factory: XML 1.1 pretty printing over the JDK's StAX factories, as core configures it. */
    static final class JdkStaxDriver extends StandardStaxDriver {
        @Override
        public HierarchicalStreamWriter createWriter(Writer out) {
            return new PrettyPrintWriter(out, PrettyPrintWriter.XML_1_1, getNameCoder());
        }

        @Override
        protected XMLInputFactory createInputFactory() {
            XMLInputFactory factory = XMLInputFactory.newInstance();
            factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, false);
            factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
            return factory;
        }

        @Override
        protected XMLOutputFactory createOutputFactory() {
            return XMLOutputFactory.newInstance();
        }
    }
}
