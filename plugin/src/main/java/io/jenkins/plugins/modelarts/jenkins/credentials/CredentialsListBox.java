package io.jenkins.plugins.modelarts.jenkins.credentials;

import com.cloudbees.plugins.credentials.CredentialsMatchers;
import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.common.StandardCredentials;
import com.cloudbees.plugins.credentials.common.StandardListBoxModel;
import com.cloudbees.plugins.credentials.common.StandardUsernamePasswordCredentials;
import hudson.model.Item;
import hudson.model.Queue;
import hudson.model.queue.Tasks;
import hudson.security.ACL;
import hudson.util.ListBoxModel;
import java.util.List;
import jenkins.model.Jenkins;

/**
 * The credentials drop-down of every ModelArts form, following the credentials plugin's consumer
 * guide: users who may not configure the item see only the current value; others see the ModelArts
 * access keys and usernames with passwords visible to the item, as the item's build would.
 */
public final class CredentialsListBox {
    private CredentialsListBox() {}

    public static ListBoxModel fill(Item item, String current) {
        StandardListBoxModel result = new StandardListBoxModel();
        String value = current == null ? "" : current;
        if (!mayList(item)) {
            return result.includeCurrentValue(value);
        }
        return result.includeEmptyValue()
                .includeMatchingAs(
                        item instanceof Queue.Task task ? Tasks.getAuthenticationOf2(task) : ACL.SYSTEM2,
                        item,
                        StandardCredentials.class,
                        List.of(),
                        CredentialsMatchers.anyOf(
                                CredentialsMatchers.instanceOf(ModelArtsCredentials.class),
                                CredentialsMatchers.instanceOf(StandardUsernamePasswordCredentials.class)))
                .includeCurrentValue(value);
    }

    static boolean mayList(Item item) {
        if (item == null) {
            return Jenkins.get().hasPermission(Jenkins.ADMINISTER);
        }
        return item.hasPermission(Item.EXTENDED_READ) || item.hasPermission(CredentialsProvider.USE_ITEM);
    }
}
