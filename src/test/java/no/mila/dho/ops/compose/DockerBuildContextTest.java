package no.mila.dho.ops.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The image's build context (the repository, filtered by .dockerignore) holds what the Dockerfile copies, only that. */
class DockerBuildContextTest {

    static final Path DOCKERFILE = Path.of("docker/Dockerfile.jvm");
    static final Path DOCKERIGNORE = Path.of(".dockerignore");
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(?:--\\S+\\s+)*(\\S+)\\s+\\S+\\s*$");

    private final DockerIgnore ignore = DockerIgnore.read(DOCKERIGNORE);

    @Test
    void everything_the_dockerfile_copies_is_in_the_build_context() throws IOException {
        Matcher copy = COPY.matcher(Files.readString(DOCKERFILE));
        int sources = 0;
        while (copy.find()) {
            String source = copy.group(1).replace("*.jar", "quarkus-run.jar");
            assertThat(ignore.keeps(source.replaceAll("/$", "") + (source.endsWith("/") ? "/a-file" : "")))
                    .as("COPY " + copy.group(1)).isTrue();
            sources++;
        }
        assertThat(sources).as("COPY instructions").isEqualTo(4);
    }

    @Test
    void the_local_data_the_git_history_the_build_output_and_the_sources_stay_out() {
        for (String path : List.of(".local/postgres/PG_VERSION", ".local/keycloak-26.7.3/bin/kc.sh", ".git/HEAD",
                "target/classes/application.properties", "target/surefire-reports/x.txt", "bench/results/last-run.md",
                "src/main/java/no/mila/dho/Main.java", "docker/compose.yaml", ".env", "helm/values.yaml")) {
            assertThat(ignore.keeps(path)).as(path).isFalse();
        }
        assertThat(ignore.keeps("target/quarkus-app/quarkus-run.jar")).isTrue();
        assertThat(ignore.keeps("target/quarkus-app/lib/main/a.jar")).isTrue();
    }
}
