package no.mila.dho.ops.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * The Helm chart {@code helm/dho-backend} through helm-java (the helm binary of its platform jar, in this process:
 * no cluster, no download): lint and template it as release {@code dho} in namespace {@code dho}. Renderings are
 * kept per set of values, so the chart's tests render each set once.
 *
 * <p>helm-java 0.0.15's template prints the release's manifest only, without the hooks that {@code helm template}
 * prints too (the migration Job, its NetworkPolicy, the test pod). So the chart is rendered from a copy under
 * {@code target/chart-test/} in which the annotation key {@code helm.sh/hook} is renamed, which makes Helm treat
 * the hooks as ordinary objects; {@link Manifests#parse} names it {@code helm.sh/hook} again.
 */
final class Chart {

    static final Path DIRECTORY = Path.of(System.getProperty("project.root", ".")).toAbsolutePath()
            .resolve("helm/dho-backend");
    static final Path PRODUCTION_VALUES = DIRECTORY.resolve("values-production.yaml");
    static final String RELEASE = "dho";
    static final String NAMESPACE = "dho";
    static final String FULLNAME = RELEASE + "-dho-backend";
    static final String HOOK = "\"helm.sh/hook\":";
    static final String RENAMED_HOOK = "\"chart-test.dho.no/hook\":";

    private static final Path WORK = DIRECTORY.resolve("../../target/chart-test").normalize();
    private static final Map<String, Manifests> RENDERED = new ConcurrentHashMap<>();
    private static Path withHooksVisible;

    private Chart() {
    }

    /** The chart with its default values. */
    static Manifests defaults() {
        return RENDERED.computeIfAbsent("defaults", key -> render(null, Map.of()));
    }

    /** The chart with values-production.yaml over its defaults. */
    static Manifests production() {
        return RENDERED.computeIfAbsent("production", key -> render(PRODUCTION_VALUES, Map.of()));
    }

    /** The chart with its defaults and {@code sets} (as {@code helm template --set}); not kept. */
    static Manifests with(Map<String, String> sets) {
        return render(null, sets);
    }

    static Manifests render(Path valuesFile, Map<String, String> sets) {
        TemplateCommand template = new Helm(hooksVisible()).template().withName(RELEASE).withNamespace(NAMESPACE);
        if (valuesFile != null) {
            template.withValuesFile(valuesFile);
        }
        sets.forEach(template::set);
        return Manifests.parse(template.call());
    }

    /**
     * {@code helm lint --strict} of the chart with {@code valuesFile} over its defaults (null: the defaults alone).
     * helm-java's lint takes no values file, so the chart is copied with the merged values as its values.yaml.
     */
    static LintResult lint(Path valuesFile) {
        if (valuesFile == null) {
            return new Helm(DIRECTORY).lint().strict().call();
        }
        Path copy = copy(WORK.resolve("lint-" + valuesFile.getFileName().toString().replace(".yaml", "")), false);
        write(copy.resolve("values.yaml"), Values.merged(DIRECTORY.resolve("values.yaml"), valuesFile));
        return new Helm(copy).lint().strict().call();
    }

    private static synchronized Path hooksVisible() {
        if (withHooksVisible == null) {
            withHooksVisible = copy(WORK.resolve("hooks-visible"), true);
        }
        return withHooksVisible;
    }

    /** A fresh copy of the chart in {@code target}; with {@code renameHooks}, its templates' hook key renamed. */
    private static Path copy(Path target, boolean renameHooks) {
        try {
            delete(target);
            List<Path> files;
            try (Stream<Path> walk = Files.walk(DIRECTORY)) {
                files = walk.toList();
            }
            for (Path file : files) {
                Path copied = target.resolve(DIRECTORY.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copied);
                } else if (renameHooks && file.startsWith(DIRECTORY.resolve("templates"))
                        && file.toString().endsWith(".yaml")) {
                    write(copied, Files.readString(file).replace(HOOK, RENAMED_HOOK));
                } else {
                    Files.copy(file, copied);
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path file : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
