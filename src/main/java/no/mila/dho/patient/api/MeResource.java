package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.api.AccessLogView;
import no.mila.dho.audit.application.AccessLogQueries;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The patient's own record: nothing here can reach another patient. */
@Path("/api/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me (patient)")
@RolesAllowed(Roles.PATIENT)
public class MeResource {

    /** The 404 of every {@code /api/me} call: the login is not linked to a patient. */
    public static final String NO_RECORD = "No patient record is linked to your login";

    private final PatientQueries patients;
    private final PatientAccess access;
    private final AccessLogQueries log;

    public MeResource(PatientQueries patients, PatientAccess access, AccessLogQueries log) {
        this.patients = patients;
        this.access = access;
        this.log = log;
    }

    @GET
    @Audited(value = AccessAction.READ, resource = "patient")
    @Operation(summary = "My registration and pathway state")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_RECORD)
    public PatientView me() {
        return PatientView.of(patients.me());
    }

    @GET
    @Path("/access-log")
    @Audited(value = AccessAction.READ, resource = "access-log")
    @Operation(summary = "Who accessed my data and when (pasientjournalloven § 18), newest first, paged")
    @APIResponse(responseCode = "200", description = "OK")
    @APIResponse(responseCode = "404", description = NO_RECORD)
    public Page<AccessLogView> accessLog(@Valid @BeanParam PageRequest page) {
        return log.ofPatient(access.requireSelfId(), page).map(AccessLogView::of);
    }
}
