package no.mila.dho.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import net.jqwik.api.sessions.JqwikSession;
import no.mila.dho.robustness.ApiOperations.Operation;

/**
 * Sends broken bodies to every POST, PUT and PATCH operation of the document, as a role the operation allows,
 * and checks each answer against {@link ResponseRules} and, for a refused request, that the database is
 * unchanged. Kinds of malformation go round so that each operation meets a different run of them; fields,
 * values and ids come from one seeded random, so a run is replayed exactly by its seed.
 */
final class RequestFuzzer {

    /** One broken rule: which call, what was sent, what came back. */
    record Finding(String operation, String path, FuzzInput input, int status, String problem, String body) {

        @Override
        public String toString() {
            return operation + " (" + path + ") with " + input.kind() + " [" + input.description() + "]: " + problem
                    + "; status " + status + ", body " + ResponseRules.excerpt(body);
        }
    }

    /** What a run saw: the broken rules, and the statuses answered per operation. */
    record Run(long seed, int tries, List<Finding> findings, Map<String, Set<Integer>> statuses) {
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private final URI base;
    private final RobustnessFixtures fixtures;
    private final DatabaseSnapshot database;

    RequestFuzzer(URI base, RobustnessFixtures fixtures, DatabaseSnapshot database) {
        this.base = base;
        this.fixtures = fixtures;
        this.database = database;
    }

    /** Runs inside a jqwik session (its arbitraries need one) whose random is seeded with {@code seed}. */
    Run run(ApiOperations document, long seed, int triesPerOperation) {
        JqwikSession.start(String.valueOf(seed));
        try {
            return run(document, seed, triesPerOperation, JqwikSession.getRandom().orElseThrow());
        } finally {
            JqwikSession.finish();
        }
    }

    private Run run(ApiOperations document, long seed, int triesPerOperation, Random random) {
        BodyGenerator generator = new BodyGenerator(document, random);
        Malformations malformations = new Malformations(random);
        List<Finding> findings = new ArrayList<>();
        Map<String, Set<Integer>> statuses = new TreeMap<>();
        List<Operation> writes = document.all().stream().filter(Operation::writes).toList();
        Map<String, String> before = database.take();
        int tries = 0;
        for (int o = 0; o < writes.size(); o++) {
            Operation operation = writes.get(o);
            for (int t = 0; t < triesPerOperation; t++, tries++) {
                String kind = Malformations.KINDS.get((o + t) % Malformations.KINDS.size());
                JsonNode body = operation.requestSchema() == null ? null : generator.generate(operation.requestSchema());
                FuzzInput input = malformations.apply(kind, body);
                String path = fixtures.fill(operation.path(), operation.pathParameters(), random);
                String role = operation.roles().isEmpty() ? "nurse"
                        : operation.roles().get(random.nextInt(operation.roles().size()));
                HttpResponse<String> response = send(operation.method(), path, role, input);
                int status = response.statusCode();
                statuses.computeIfAbsent(operation.name(), k -> new TreeSet<>()).add(status);
                String contentType = response.headers().firstValue("Content-Type").orElse(null);
                List<String> broken = ResponseRules.broken(status, contentType, response.body(), input.body());
                if (!broken.isEmpty()) {
                    findings.add(new Finding(operation.name(), path, input, status, String.join("; ", broken),
                            response.body()));
                }
                Map<String, String> after = database.take();
                if (status >= 400) {
                    List<String> changed = DatabaseSnapshot.differences(before, after);
                    if (!changed.isEmpty()) {
                        findings.add(new Finding(operation.name(), path, input, status,
                                "refused but changed " + changed, response.body()));
                    }
                }
                before = after;
            }
        }
        return new Run(seed, tries, findings, statuses);
    }

    private HttpResponse<String> send(String method, String path, String role, FuzzInput input) {
        HttpRequest.BodyPublisher body = input.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(input.body());
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + RoleTokens.token(role, fixtures.login))
                .header("Accept", "application/json")
                .method(method, body);
        if (input.contentType() != null) {
            request.header("Content-Type", input.contentType());
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(method + " " + path + " with " + input + ": no answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
