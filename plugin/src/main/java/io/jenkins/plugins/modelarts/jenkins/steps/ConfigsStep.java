package io.jenkins.plugins.modelarts.jenkins.steps;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.Util;
import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.errors.RequestValidationException;
import io.jenkins.plugins.modelarts.client.model.JobConfigList;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import io.jenkins.plugins.modelarts.client.model.NameRules;
import io.jenkins.plugins.modelarts.jenkins.connection.Connection;
import io.jenkins.plugins.modelarts.jenkins.wait.StepResults;
import java.util.ArrayList;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.StepContext;
import org.jenkinsci.plugins.workflow.steps.StepExecution;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * {@code modelartsConfigs(configType: 'sample')}: reads stored training job configurations (seed
 * 003), read-only. Without {@code name}, one page of the list with every query parameter of the API
 * ({@code perPage}, {@code page}, {@code sortBy}, {@code order}, {@code searchContent},
 * {@code configType}), returned as the API's answer ({@code config_total_count}, {@code configs});
 * with {@code name}, that configuration in full, in the API's field names.
 */
public class ConfigsStep extends ModelArtsStep {
    public static final String FUNCTION = "modelartsConfigs";

    private String name;
    private String configType;
    private Integer perPage;
    private Integer page;
    private String sortBy;
    private String order;
    private String searchContent;

    @DataBoundConstructor
    public ConfigsStep() {}

    public String getName() {
        return name;
    }

    /** A configuration to read in full; without it, the list. */
    @DataBoundSetter
    public void setName(String name) {
        this.name = Util.fixEmptyAndTrim(name);
    }

    public String getConfigType() {
        return configType;
    }

    @DataBoundSetter
    public void setConfigType(String configType) {
        this.configType = Util.fixEmptyAndTrim(configType);
    }

    public Integer getPerPage() {
        return perPage;
    }

    @DataBoundSetter
    public void setPerPage(Integer perPage) {
        this.perPage = perPage;
    }

    public Integer getPage() {
        return page;
    }

    @DataBoundSetter
    public void setPage(Integer page) {
        this.page = page;
    }

    public String getSortBy() {
        return sortBy;
    }

    @DataBoundSetter
    public void setSortBy(String sortBy) {
        this.sortBy = Util.fixEmptyAndTrim(sortBy);
    }

    public String getOrder() {
        return order;
    }

    @DataBoundSetter
    public void setOrder(String order) {
        this.order = Util.fixEmptyAndTrim(order);
    }

    public String getSearchContent() {
        return searchContent;
    }

    @DataBoundSetter
    public void setSearchContent(String searchContent) {
        this.searchContent = Util.fixEmptyAndTrim(searchContent);
    }

    @Override
    protected String functionName() {
        return FUNCTION;
    }

    /** Every problem, without calling ModelArts. */
    List<String> problems() {
        List<String> problems = new ArrayList<>();
        try {
            query();
        } catch (RequestValidationException e) {
            problems.addAll(e.problems());
        }
        if (name != null) {
            problems.addAll(NameRules.problems("name", name));
            if (perPage != null || page != null || sortBy != null || order != null || searchContent != null) {
                problems.add("perPage, page, sortBy, order and searchContent are for the list: leave them out with name");
            }
        }
        return problems;
    }

    JobConfigQuery query() {
        return query(perPage, page, sortBy, order, searchContent, configType);
    }

    static JobConfigQuery query(Integer perPage, Integer page, String sortBy, String order, String searchContent,
            String configType) {
        return JobConfigQuery.builder().perPage(perPage).page(page).sortBy(sortBy).order(order)
                .searchContent(searchContent).configType(configType).build();
    }

    @Override
    public StepExecution start(StepContext context) throws Exception {
        Connection connection = connection(context);
        check(problems());
        return new Execution(context, connection, this);
    }

    /** Keeps the step's values as plain fields: an execution is saved with the Pipeline's state. */
    static final class Execution extends CallExecution {
        private static final long serialVersionUID = 1L;
        private final String name;
        private final String configType;
        private final Integer perPage;
        private final Integer page;
        private final String sortBy;
        private final String order;
        private final String searchContent;

        Execution(StepContext context, Connection connection, ConfigsStep step) {
            super(context, connection);
            this.name = step.name;
            this.configType = step.configType;
            this.perPage = step.perPage;
            this.page = step.page;
            this.sortBy = step.sortBy;
            this.order = step.order;
            this.searchContent = step.searchContent;
        }

        @Override
        protected Object call(ModelArtsClient client) {
            if (name != null) {
                Object config = StepResults.plain(client.jobConfigs().get(name, configType));
                log().println("Read ModelArts training job configuration '" + name + "'");
                return config;
            }
            JobConfigList list = client.jobConfigs().list(query(perPage, page, sortBy, order, searchContent, configType));
            log().println("Found " + list.configs().size() + " of " + list.configTotalCount()
                    + " ModelArts training job configuration(s)");
            return StepResults.plain(list);
        }

        @Override
        protected String describe() {
            return name != null ? "reading ModelArts training job configuration '" + name + "'"
                    : "listing ModelArts training job configurations";
        }
    }

    @Extension
    public static class DescriptorImpl extends ModelArtsStepDescriptor {
        @Override
        public String getFunctionName() {
            return FUNCTION;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return "Read ModelArts training job configurations";
        }
    }
}
