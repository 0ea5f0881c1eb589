// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.io.File;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.springframework.security.access.AccessDeniedException;

/** Declares the real abstract members and one {@code default} ({@code getAllItems(Class)}); other defaults are omitted. */
public interface ItemGroup<T extends Item> extends PersistenceRoot, ModelObject {
    String getFullName();

    String getFullDisplayName();

    Collection<T> getItems();

    String getUrl();

    String getUrlChildPrefix();

    @CheckForNull T getItem(String name) throws AccessDeniedException;

    File getRootDirFor(T child);

    void onDeleted(T item) throws IOException;

    default <T extends Item> List<T> getAllItems(Class<T> type) {
        throw new UnsupportedOperationException("stub: compile-only Jenkins API");
    }
}
