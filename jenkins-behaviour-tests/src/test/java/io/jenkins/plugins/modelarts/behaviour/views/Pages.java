package io.jenkins.plugins.modelarts.behaviour.views;

import io.jenkins.plugins.modelarts.jenkins.FakeJob;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsBuildAction;
import io.jenkins.plugins.modelarts.jenkins.report.ModelArtsProjectAction;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jenkins.model.GlobalConfiguration;

/**
 * The plugin's pages with the variables core gives them (jenkins-2.479.3):
 * <ul>
 * <li>a config page ({@code config.jelly}, {@code config-*.jelly}, {@code credentials.jelly}) is included
 * {@code from} its descriptor with {@code descriptor} set and {@code instance} the configured object or null for a
 * new one ({@code lib/form/hetero-list.jelly}, {@code lib/form/property.jelly}); {@code it} stays the page's model
 * object, here the job being configured. On the global configuration page ({@code Jenkins/configure.jelly}) both
 * {@code instance} and {@code descriptor} are the {@code GlobalConfiguration} and {@code it} is Jenkins, which the
 * stubs cannot make, so it is left unset;</li>
 * <li>a build action's {@code summary.jelly} and {@code index.jelly}: {@code it} is the action;</li>
 * <li>a build badge's {@code badge.jelly}: included by {@code hudson/widgets/HistoryWidget/entry.jelly} for each of
 * {@code build.badgeActions} with {@code it} the action, in a page (or {@code l:ajax} answer) that set
 * {@code rootURL};</li>
 * <li>a project action's {@code index.jelly}: {@code it} is the action, {@code request2} the request (for its query
 * parameters); its {@code floatingBox.jelly} is included by
 * {@code lib/hudson/project/projectActionFloatingBox.jelly} with {@code from} (and {@code action}, {@code a}) the
 * action while {@code it} stays the job.</li>
 * </ul>
 * Config pages of abstract classes are not pages: concrete classes include them.
 */
final class Pages {
    private final PluginViews views;

    Pages(PluginViews views) {
        this.views = views;
    }

    List<Page> configPages() {
        List<Page> pages = new ArrayList<>();
        for (String view : views.all()) {
            Class<?> owner = PluginViews.ownerOf(view);
            if (owner == null || Modifier.isAbstract(owner.getModifiers()) || !isConfigPage(PluginViews.pageName(view))) {
                continue;
            }
            pages.add(configPage(view, owner, null));
            pages.add(configPage(view, owner, ConfiguredInstances.of(owner)));
        }
        return pages;
    }

    static boolean isConfigPage(String page) {
        return page.equals("config.jelly") || page.startsWith("config-") || page.equals("credentials.jelly");
    }

    static Page configPage(String view, Class<?> owner, Object instance) {
        Map<String, Object> variables = new HashMap<>();
        boolean global = GlobalConfiguration.class.isAssignableFrom(owner);
        Object descriptor = global && instance != null ? instance : Describables.descriptorOf(owner);
        variables.put("descriptor", descriptor);
        variables.put("from", descriptor);
        variables.put("instance", global ? descriptor : instance);
        if (!global) {
            variables.put("it", new FakeJob("configured-project"));
        }
        String situation = global ? (instance == null ? "fresh install" : "loaded") : (instance == null ? "new" : "configured");
        return new Page(view + " (" + situation + ")", view, variables, owner);
    }

    List<Page> buildAndProjectPages(TrainedBuilds builds) {
        String build = PluginViews.folderOf(ModelArtsBuildAction.class);
        String project = PluginViews.folderOf(ModelArtsProjectAction.class);
        return List.of(
                new Page(build + "/summary.jelly", build + "/summary.jelly", Map.of("it", builds.buildAction), null),
                new Page(build + "/index.jelly", build + "/index.jelly", Map.of("it", builds.buildAction), null),
                badgePage(builds.buildAction),
                projectPage(builds, Map.of("at", TrainedBuilds.AT)),
                new Page(project + "/floatingBox.jelly", project + "/floatingBox.jelly", Map.of("it", builds.job,
                        "from", builds.projectAction, "action", builds.projectAction, "a", builds.projectAction), null));
    }

    static final String ROOT_URL = "/jenkins";

    /** The build action's badge as the build history includes it, under a Jenkins at {@link #ROOT_URL}. */
    static Page badgePage(ModelArtsBuildAction action) {
        String view = PluginViews.folderOf(ModelArtsBuildAction.class) + "/badge.jelly";
        return new Page(view, view, Map.of("it", action, "rootURL", ROOT_URL), null);
    }

    /** The project action's page as Stapler shows it for a request with {@code query} parameters. */
    static Page projectPage(TrainedBuilds builds, Map<String, String> query) {
        String view = PluginViews.folderOf(ModelArtsProjectAction.class) + "/index.jelly";
        return new Page(view, view, Map.of("it", builds.projectAction, "request2", new QueryParameters(query)), null);
    }

    Page pluginDescription() {
        return new Page("index.jelly (the plugin's description)", "index.jelly", Map.of(), null);
    }

    List<Page> all(TrainedBuilds builds) {
        List<Page> pages = new ArrayList<>(configPages());
        pages.addAll(buildAndProjectPages(builds));
        pages.add(pluginDescription());
        return pages;
    }
}
