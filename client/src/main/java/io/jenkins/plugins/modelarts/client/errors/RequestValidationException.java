package io.jenkins.plugins.modelarts.client.errors;

import java.util.List;

/**
 * A request was refused before anything was sent. {@link #problems()} lists every problem found,
 * not only the first, each as one sentence naming the field in the API's spelling
 * ({@code config.spec_id}).
 */
public class RequestValidationException extends ModelArtsException {
    private static final long serialVersionUID = 1L;

    private final List<String> problems;

    public RequestValidationException(String what, List<String> problems) {
        super(format(what, problems));
        this.problems = List.copyOf(problems);
    }

    private static String format(String what, List<String> problems) {
        StringBuilder sb = new StringBuilder(what).append(" is not valid (")
                .append(problems.size()).append(problems.size() == 1 ? " problem):" : " problems):");
        for (String p : problems) {
            sb.append("\n  - ").append(p);
        }
        return sb.toString();
    }

    public List<String> problems() {
        return problems;
    }
}
