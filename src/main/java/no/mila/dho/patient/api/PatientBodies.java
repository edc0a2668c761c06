package no.mila.dho.patient.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import jakarta.ws.rs.BadRequestException;
import java.util.List;
import java.util.Set;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The one set of rules for bodies that change a registration. A full replacement (PUT) sends every member but
 * the unchangeable {@code nationalId} and {@code birthDate}, optional ones as null to clear them; a merge patch
 * (PATCH, RFC 7396) sends only what changes, and is applied to the stored registration; both carry the
 * {@code version} read, and neither may carry a member the registration does not have. Whatever results is
 * checked by the same bean validation as a registration, and then by the service's national-id and
 * municipality checks.
 */
@ApplicationScoped
class PatientBodies {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Set<String> UNCHANGEABLE = Set.of("nationalId", "birthDate");

    private final ObjectMapper json;
    private final Validator validator;

    PatientBodies(ObjectMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /** A full replacement of the registration; refused naming each member it leaves out. */
    PatientRequest replacement(JsonNode body) {
        requireMembers(body, PatientRequest.class, UNCHANGEABLE);
        version(body);
        return valid(read(body, PatientRequest.class));
    }

    /** The version a merge patch was made against, once the patch is known to hold only registration members. */
    long patchVersion(JsonNode patch) {
        requireObject(patch);
        refuse(RecordMembers.unknown(patch, PatientRequest.class), "unknown field");
        return version(patch);
    }

    /** The stored registration with the merge patch applied, checked like a full replacement. */
    PatientRequest merged(PatientRequest stored, JsonNode patch) {
        return valid(read(JsonMergePatch.apply(json.valueToTree(stored), patch), PatientRequest.class));
    }

    /** A new GP and responsible physician: both sent (null clears), with the version. */
    PhysiciansRequest physicians(JsonNode body) {
        requireObject(body);
        refuse(RecordMembers.unknown(body, PhysiciansRequest.class), "unknown field");
        requireMembers(body, PhysiciansRequest.class, Set.of());
        version(body);
        return valid(read(body, PhysiciansRequest.class));
    }

    private static long version(JsonNode body) {
        JsonNode version = body.get("version");
        if (version == null || !version.isIntegralNumber() || !version.canConvertToLong()) {
            throw ProblemException.invalid("version", "is required: send the version you read");
        }
        return version.longValue();
    }

    private static void requireMembers(JsonNode body, Class<?> type, Set<String> exempt) {
        requireObject(body);
        refuse(RecordMembers.missing(body, type, exempt), "is required (send null to clear an optional field)");
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw ProblemException.invalid("body", "must be a JSON object");
        }
    }

    private static void refuse(List<String> fields, String message) {
        if (!fields.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION_FAILED, "The request has invalid fields",
                    fields.stream().map(field -> new FieldViolation(field, message)).toList());
        }
    }

    /** Reads the tree; a member of the wrong type is answered as the REST layer answers it for any body. */
    private <T> T read(JsonNode body, Class<T> type) {
        try {
            return json.treeToValue(body, type);
        } catch (JsonProcessingException e) {
            throw new BadRequestException(e);
        }
    }

    private <T> T valid(T request) {
        Set<ConstraintViolation<T>> violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
        return request;
    }
}
