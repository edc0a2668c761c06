package no.mila.dho.patient.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import no.mila.dho.audit.Audited;
import no.mila.dho.audit.api.AccessLogView;
import no.mila.dho.audit.application.AccessLogQueries;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who accessed a patient's data (pasientjournalloven § 18), for the follow-up service and admins. */
@Path("/api/patients/{patientId}/access-log")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Access log")
public class AccessLogResource {

    private final AccessLogQueries log;
    private final PatientAccess access;
    private final CurrentUser user;

    public AccessLogResource(AccessLogQueries log, PatientAccess access, CurrentUser user) {
        this.log = log;
        this.access = access;
        this.user = user;
    }

    @GET
    @RolesAllowed({Roles.NURSE, Roles.ADMIN})
    @Audited(value = AccessAction.READ, resource = "access-log")
    @Operation(summary = "The access log of one patient, newest first, paged")
    public Page<AccessLogView> ofPatient(@PathParam("patientId") UUID patientId, @Valid @BeanParam PageRequest page) {
        if (user.hasRole(Roles.NURSE)) {
            access.require(patientId);
        } else {
            access.requireExisting(patientId);
        }
        return log.ofPatient(patientId, page).map(AccessLogView::of);
    }
}
