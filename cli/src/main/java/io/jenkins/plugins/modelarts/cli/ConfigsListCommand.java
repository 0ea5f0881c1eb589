package io.jenkins.plugins.modelarts.cli;

import io.jenkins.plugins.modelarts.client.ModelArtsClient;
import io.jenkins.plugins.modelarts.client.model.JobConfig;
import io.jenkins.plugins.modelarts.client.model.JobConfigList;
import io.jenkins.plugins.modelarts.client.model.JobConfigQuery;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "list", description = "One page of training job configurations, with every query parameter of the API.")
final class ConfigsListCommand implements Callable<Integer> {
    @Mixin
    HelpOption help = new HelpOption();

    @ParentCommand
    ConfigsCommand parent;

    @Option(names = "--per-page", paramLabel = "N", description = "per_page: 1-1000 (the API's default is 10).")
    Integer perPage;

    @Option(names = "--page", paramLabel = "N", description = "page: 1 or more (default 1).")
    Integer page;

    @Option(names = "--sort-by", paramLabel = "FIELD",
            description = "sortBy: config_name (the API's default), config_desc or create_time (not for samples).")
    String sortBy;

    @Option(names = "--order", paramLabel = "asc|desc", description = "order: asc or desc (the API's default).")
    String order;

    @Option(names = "--search", paramLabel = "TEXT", description = "search_content: configurations whose name contains TEXT.")
    String search;

    @Option(names = "--type", paramLabel = "custom|sample",
            description = "config_type: custom (your configurations, the default) or sample (the vendor's samples).")
    String type;

    @Override
    public Integer call() {
        JobConfigQuery query = JobConfigQuery.builder().perPage(perPage).page(page).sortBy(sortBy).order(order)
                .searchContent(search).configType(type).build();
        ModelArtsCommand root = parent.root;
        try (ModelArtsClient client = root.connect()) {
            JobConfigList list = client.jobConfigs().list(query);
            Output out = root.output();
            out.object(list);
            TextTable table = new TextTable("NAME", "DESCRIPTION", "ENGINE", "VERSION", "IMAGE", "CREATED");
            for (JobConfig c : list.configs()) {
                table.row(c.configName(), c.configDesc(), c.engineName(), c.engineVersion(), c.userImageUrl(),
                        Times.utc(c.createTime()));
            }
            out.table(table);
            out.line(list.configs().size() + " shown of " + (list.configTotalCount() == null ? "?" : list.configTotalCount())
                    + " configuration(s)");
            return ExitCodes.OK;
        }
    }
}
