package no.mila.dho.fhir.server;

import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import org.hl7.fhir.instance.model.api.IIdType;

/**
 * The patient feature's one gate to a patient ({@link PatientAccess}), in FHIR terms: a read of a patient the caller
 * may not see (or that does not exist, or whose id is no UUID) is 404, a search for one finds nothing; both are
 * logged as refused by the access policy. A patient searching without {@code patient} searches their own data.
 */
@Singleton
public class FhirPatientGate {

    private final PatientAccess access;
    private final CurrentUser user;

    public FhirPatientGate(PatientAccess access, CurrentUser user) {
        this.access = access;
        this.user = user;
    }

    /** The patient whose clinical data the caller may see, or 404. */
    public UUID requireClinical(String patientId) {
        UUID id = uuid(patientId).orElseThrow(() -> notFound("Patient/" + patientId));
        try {
            access.requireClinicalFacts(id);
            return id;
        } catch (ProblemException hidden) {
            throw notFound("Patient/" + patientId);
        }
    }

    /**
     * The patient of a search, if the caller may see their clinical data; empty when not (the search then finds
     * nothing). Without {@code patient}, a patient searches their own data; anyone else must name the patient (400).
     */
    public Optional<UUID> visible(ReferenceParam patient) {
        if (patient == null || patient.getIdPart() == null || patient.getIdPart().isBlank()) {
            if (user.hasRole(FhirRoles.PATIENT) && FhirRoles.actingRole(user.roles()).orElse("").equals(FhirRoles.PATIENT)) {
                return Optional.of(access.requireSelfId());
            }
            throw new InvalidRequestException("The search parameter patient (or subject) is required");
        }
        if (patient.getResourceType() != null && !"Patient".equals(patient.getResourceType())) {
            throw new InvalidRequestException("patient must refer to a Patient");
        }
        Optional<UUID> id = uuid(patient.getIdPart());
        if (id.isEmpty()) {
            return Optional.empty();
        }
        try {
            access.requireClinicalFacts(id.get());
            return id;
        } catch (ProblemException hidden) {
            return Optional.empty();
        }
    }

    /** The UUID of a FHIR id (the part after {@code Patient/}), if it is one. */
    public static Optional<UUID> uuid(String id) {
        if (id == null || id.length() != 36) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** The UUID of a resource id from a read, or 404 (an id that is no UUID names nothing here). */
    public static UUID requireUuid(IIdType id) {
        return uuid(id.getIdPart()).orElseThrow(() -> notFound(id.getResourceType() + "/" + id.getIdPart()));
    }

    public static ResourceNotFoundException notFound(String what) {
        return new ResourceNotFoundException(what + " was not found");
    }
}
