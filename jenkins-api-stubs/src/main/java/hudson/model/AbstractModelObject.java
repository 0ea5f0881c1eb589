// Stub of org.jenkins-ci.main:jenkins-core 2.479.x — compile-only; see docs/jenkins-compatibility.md
package hudson.model;

import hudson.search.SearchableModelObject;

/** Member-less here; the real class adds error-page and search helpers the plugin does not call. */
public abstract class AbstractModelObject implements SearchableModelObject {
}
