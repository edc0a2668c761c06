package no.mila.dho.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The operations of the checked-in {@code openapi/openapi.yaml}, read as data: the suite follows the document. */
final class ApiOperations {

    static final Path DOCUMENT = Path.of(System.getProperty("project.root", "."), "openapi/openapi.yaml");
    private static final Set<String> METHODS = Set.of("get", "put", "post", "patch", "delete");

    /**
     * One operation. {@code roles} is empty when the document asks for a bearer token of any role, and
     * {@code secured} false when the operation has no security requirement at all.
     */
    record Operation(String method, String path, boolean secured, List<String> roles, JsonNode requestSchema,
                     Set<Integer> documentedStatuses, List<String> pathParameters) {

        String name() {
            return method + " " + path;
        }

        boolean writes() {
            return Set.of("POST", "PUT", "PATCH").contains(method);
        }
    }

    private final JsonNode document;

    private ApiOperations(JsonNode document) {
        this.document = document;
    }

    static ApiOperations load() {
        try {
            return new ApiOperations(new ObjectMapper(new YAMLFactory()).readTree(DOCUMENT.toFile()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DOCUMENT, e);
        }
    }

    List<Operation> all() {
        List<Operation> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.path("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext(); ) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (METHODS.contains(op.getKey())) {
                    operations.add(operation(op.getKey().toUpperCase(), path.getKey(), op.getValue()));
                }
            }
        }
        return operations;
    }

    private Operation operation(String method, String path, JsonNode op) {
        JsonNode security = op.has("security") ? op.get("security") : document.path("security");
        List<String> roles = new ArrayList<>();
        security.forEach(requirement -> requirement.path("bearer").forEach(role -> roles.add(role.asText())));
        Set<Integer> statuses = new TreeSet<>();
        op.path("responses").fieldNames().forEachRemaining(code -> statuses.add(Integer.parseInt(code)));
        List<String> pathParameters = new ArrayList<>();
        op.path("parameters").forEach(p -> {
            if ("path".equals(p.path("in").asText())) {
                pathParameters.add(p.path("name").asText());
            }
        });
        JsonNode schema = Optional.ofNullable(op.path("requestBody").path("content").path("application/json").get("schema"))
                .map(this::resolve).orElse(null);
        return new Operation(method, path, !security.isEmpty(), List.copyOf(roles), schema, statuses,
                List.copyOf(pathParameters));
    }

    /** The schema with a top-level {@code $ref} followed (nested ones are followed by the generator). */
    JsonNode resolve(JsonNode schema) {
        JsonNode current = schema;
        while (current != null && current.has("$ref")) {
            String ref = current.get("$ref").asText();
            current = document.at(ref.substring(1));
        }
        return current;
    }
}
