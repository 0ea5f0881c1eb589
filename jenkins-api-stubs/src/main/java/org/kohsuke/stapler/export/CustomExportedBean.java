// Stub of org.kohsuke.stapler:stapler 1903.1905.ve5a_f469356f0 — compile-only; see docs/jenkins-compatibility.md
package org.kohsuke.stapler.export;

/** Member-less marker here; the plugin never calls {@code toExportedObject()}. */
public interface CustomExportedBean {
}
