// Stub of org.jenkins-ci.main:remoting 3261.v9c670a_4748a_9 — compile-only; see docs/jenkins-compatibility.md
package org.jenkinsci.remoting;

import java.io.Serializable;

/** Member-less here; the real interface adds a default {@code getChannelForSerDes()} the plugin never calls. */
public interface SerializableOnlyOverRemoting extends Serializable {
}
