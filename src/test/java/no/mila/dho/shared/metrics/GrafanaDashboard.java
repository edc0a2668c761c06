package no.mila.dho.shared.metrics;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The PromQL expressions of a Grafana dashboard JSON, and the metric names they read. */
record GrafanaDashboard(List<String> expressions) {

    /**
     * A metric name in an expression without its label matchers and ranges: a word with an underscore that is not a
     * function (followed by a parenthesis), e.g. {@code dho_alerts_open}, not {@code histogram_quantile(}.
     */
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\w$])([a-zA-Z][a-zA-Z0-9]*_[a-zA-Z0-9_:]*)(?!\\w)(?!\\s*\\()");

    static GrafanaDashboard read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        List<String> expressions = new ArrayList<>();
        collect(root, expressions);
        return new GrafanaDashboard(expressions);
    }

    private static void collect(JsonNode node, List<String> into) {
        if (node.isObject() && node.has("expr")) {
            into.add(node.get("expr").asText());
        }
        node.forEach(child -> collect(child, into));
    }

    Set<String> metricNames() {
        Set<String> names = new TreeSet<>();
        for (String expression : expressions) {
            Matcher m = NAME.matcher(expression.replaceAll("\\{[^}]*}", "").replaceAll("\\[[^]]*]", ""));
            while (m.find()) {
                names.add(m.group(1));
            }
        }
        return names;
    }
}
