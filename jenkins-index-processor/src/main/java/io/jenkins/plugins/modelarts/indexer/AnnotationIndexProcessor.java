package io.jenkins.plugins.modelarts.indexer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Writes the index that Jenkins' {@code org.jvnet.hudson.annotation_indexer.Index} reads: for every annotation
 * meta-annotated {@code @org.jvnet.hudson.annotation_indexer.Indexed} (such as {@code @org.jenkinsci.Symbol},
 * {@code @hudson.init.Initializer}, {@code @hudson.init.Terminator}), a resource
 * {@code META-INF/services/annotations/<annotation's name>} listing, one per line and sorted, the binary name of
 * each class that carries it or whose member carries it ({@code package.*} for a package). That is the format
 * of annotation-indexer 1.17, which core 2.479.x bundles and which is not on Maven Central.
 *
 * <p>Written once, when processing is over, with every annotated element as an originating element.
 */
@SupportedAnnotationTypes("*")
public final class AnnotationIndexProcessor extends AbstractProcessor {
    static final String INDEXED = "org.jvnet.hudson.annotation_indexer.Indexed";
    static final String FOLDER = "META-INF/services/annotations/";

    private final Map<String, Set<String>> classesByAnnotation = new TreeMap<>();
    private final List<Element> originating = new ArrayList<>();

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (round.processingOver()) {
            write();
            return false;
        }
        for (TypeElement annotation : annotations) {
            if (isIndexed(annotation)) {
                Set<String> classes = classesByAnnotation.computeIfAbsent(
                        processingEnv.getElementUtils().getBinaryName(annotation).toString(), k -> new TreeSet<>());
                for (Element element : round.getElementsAnnotatedWith(annotation)) {
                    String name = indexedName(element);
                    if (name != null) {
                        classes.add(name);
                        originating.add(element);
                    }
                }
            }
        }
        return false; // other processors (SezPoz's) see the same annotations
    }

    private static boolean isIndexed(TypeElement annotation) {
        for (AnnotationMirror meta : annotation.getAnnotationMirrors()) {
            if (((TypeElement) meta.getAnnotationType().asElement()).getQualifiedName().contentEquals(INDEXED)) {
                return true;
            }
        }
        return false;
    }

    /** The class an annotated element belongs to, as the index names it; null for elements it does not list. */
    private String indexedName(Element element) {
        switch (element.getKind()) {
            case CLASS, INTERFACE, ENUM, ANNOTATION_TYPE, RECORD:
                return processingEnv.getElementUtils().getBinaryName((TypeElement) element).toString();
            case METHOD, FIELD, CONSTRUCTOR:
                return processingEnv.getElementUtils().getBinaryName((TypeElement) element.getEnclosingElement()).toString();
            case PACKAGE:
                return ((PackageElement) element).getQualifiedName() + ".*";
            default:
                return null;
        }
    }

    private void write() {
        for (Map.Entry<String, Set<String>> index : classesByAnnotation.entrySet()) {
            try {
                FileObject file = processingEnv.getFiler().createResource(StandardLocation.CLASS_OUTPUT, "",
                        FOLDER + index.getKey(), originating.toArray(new Element[0]));
                try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
                    for (String name : index.getValue()) {
                        out.write(name);
                        out.write('\n');
                    }
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                        "cannot write the index of @" + index.getKey() + ": " + e);
            }
        }
    }
}
