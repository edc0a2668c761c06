package no.mila.dho.fhir;

import ca.uhn.fhir.context.FhirContext;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.hl7.fhir.r4.model.CapabilityStatement;
import org.hl7.fhir.r4.model.Enumerations;

/**
 * The FHIR R4 capability statement of this service ({@code GET /fhir/r4/metadata}). The resources it
 * serves (Observation for measurements, Flag, Task, CarePlan) are listed as the features add them. It answers
 * {@code application/fhir+json}, or {@code application/json} to a client that asks only for that, which FHIR R4 also accepts for JSON.
 */
@Path("/fhir/r4/metadata")
@Tag(name = "FHIR")
public class FhirMetadataResource {

    static final String FHIR_JSON = "application/fhir+json";

    private final FhirContext fhir;

    public FhirMetadataResource(FhirContext fhir) {
        this.fhir = fhir;
    }

    @GET
    @Produces({FHIR_JSON, MediaType.APPLICATION_JSON})
    @RolesAllowed({Roles.NURSE, Roles.PHYSICIAN, Roles.FHIR_CLIENT})
    @Operation(summary = "FHIR R4 capability statement")
    public String metadata() {
        CapabilityStatement statement = new CapabilityStatement()
                .setStatus(Enumerations.PublicationStatus.DRAFT)
                .setKind(CapabilityStatement.CapabilityStatementKind.INSTANCE)
                .setFhirVersion(Enumerations.FHIRVersion._4_0_1)
                .addFormat("json");
        statement.getSoftware().setName("MILA DHO backend");
        statement.addRest().setMode(CapabilityStatement.RestfulCapabilityMode.SERVER);
        return fhir.newJsonParser().encodeResourceToString(statement);
    }
}
