package no.mila.dho.shared.openapi;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Completes the generated document with what every operation of this service answers in the same way, so that
 * each resource states only what is particular to it (201, 409, 422 by {@code @APIResponse}):
 * <ul>
 *   <li>an {@code operationId} from the method and path where none is given (unique by construction);</li>
 *   <li>400 for an operation with a body or parameters, 404 for one with path parameters, 415 for one
 *       with a body, 503 (database unavailable, with {@code Retry-After}) for every {@code /api} operation;</li>
 *   <li>the Problem schema as {@code application/problem+json} for every 4xx and 5xx response (so an
 *       {@code @APIResponse} for 409 or 422 needs only its description);</li>
 *   <li>the responses of each operation in the order of their codes.</li>
 * </ul>
 * A method with any {@code @APIResponse} loses SmallRye's default 200: it then names its success response too
 * ({@code @APIResponse(responseCode = "200")}, whose schema SmallRye still takes from the return type, or
 * {@code @APIResponseSchema} for 201, or 204).
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                .forEach((method, operation) -> complete(path, method, operation)));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getOperationId() == null) {
            operation.setOperationId(operationId(method, path));
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        boolean body = operation.getRequestBody() != null;
        boolean parameters = operation.getParameters() != null && !operation.getParameters().isEmpty();
        if (body || parameters) {
            add(responses, "400", "The request has invalid fields, parameters (e.g. control characters) or an "
                    + "unreadable body (problem+json names them)");
        }
        if (has(operation, Parameter.In.PATH)) {
            add(responses, "404", "Not found, or not visible to the caller (access by need)");
        }
        if (body || method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH) {
            // a command without a body still refuses one sent with another media type (the resource consumes JSON)
            add(responses, "415", "The body is not application/json");
        }
        if (path.startsWith("/api")) {
            add(responses, "503", "The database is unavailable; try again after Retry-After seconds");
        }
        for (Map.Entry<String, APIResponse> response : responses.getAPIResponses().entrySet()) {
            if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
                response.getValue().setContent(problemContent());
            }
        }
        responses.setAPIResponses(new TreeMap<>(responses.getAPIResponses()));
    }

    private static boolean has(Operation operation, Parameter.In in) {
        return operation.getParameters() != null && operation.getParameters().stream().anyMatch(p -> p.getIn() == in);
    }

    private static void add(APIResponses responses, String code, String description) {
        if (responses.getAPIResponse(code) == null) {
            responses.addAPIResponse(code, OASFactory.createAPIResponse().description(description));
        }
    }

    private static Content problemContent() {
        return OASFactory.createContent().addMediaType("application/problem+json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM)));
    }

    /** E.g. {@code post /api/patients/{patientId}/reports} as {@code postApiPatientsPatientIdReports}. */
    static String operationId(PathItem.HttpMethod method, String path) {
        StringBuilder id = new StringBuilder(method.name().toLowerCase(Locale.ROOT));
        for (String part : path.split("[/{}\\-.]+")) {
            if (!part.isEmpty()) {
                id.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
            }
        }
        return id.toString();
    }
}
