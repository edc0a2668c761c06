package no.mila.dho.shared.metrics;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.mila.dho.testsupport.Management;

/**
 * One scrape of {@code /q/metrics} (management port), read as samples: name, labels, value. Public for the benchmark's
 * soak, which reads the job gauges of a packaged service ({@code bench/.../SoakJobs}).
 */
public record Scrape(List<Sample> samples) {

    public record Sample(String name, Map<String, String> labels, double value) {
    }

    private static final Pattern LINE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(.*)})?\\s+(\\S+).*$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static Scrape now() {
        return parse(Management.given().when().get("/q/metrics").then().statusCode(200).extract().asString());
    }

    /** The samples of a scrape's text (Prometheus text format). */
    public static Scrape parse(String text) {
        return new Scrape(text.lines().filter(l -> !l.startsWith("#") && !l.isBlank()).map(Scrape::sample).toList());
    }

    private static Sample sample(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            throw new IllegalStateException("Not a sample line: " + line);
        }
        Map<String, String> labels = new LinkedHashMap<>();
        if (m.group(3) != null) {
            Matcher l = LABEL.matcher(m.group(3));
            while (l.find()) {
                labels.put(l.group(1), l.group(2));
            }
        }
        return new Sample(m.group(1), labels, Double.parseDouble(m.group(4)));
    }

    Set<String> names() {
        return samples.stream().map(Sample::name).collect(Collectors.toSet());
    }

    /** The samples of {@code name} whose labels include {@code labels}. */
    public List<Sample> of(String name, Map<String, String> labels) {
        return samples.stream().filter(s -> s.name().equals(name)
                && s.labels().entrySet().containsAll(labels.entrySet())).toList();
    }

    /** The value of the one sample of {@code name} with {@code labels}, 0 when there is none. */
    double value(String name, Map<String, String> labels) {
        List<Sample> matching = of(name, labels);
        if (matching.size() > 1) {
            throw new IllegalStateException(matching.size() + " samples of " + name + labels);
        }
        return matching.isEmpty() ? 0 : matching.get(0).value();
    }

    /** The distinct values of label {@code label} on {@code name}. */
    Set<String> labelValues(String name, String label) {
        return samples.stream().filter(s -> s.name().equals(name) && s.labels().containsKey(label))
                .map(s -> s.labels().get(label)).collect(Collectors.toSet());
    }
}
