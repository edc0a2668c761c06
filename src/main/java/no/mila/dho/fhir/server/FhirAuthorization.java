package no.mila.dho.fhir.server;

import ca.uhn.fhir.interceptor.api.Hook;
import ca.uhn.fhir.interceptor.api.Pointcut;
import ca.uhn.fhir.rest.api.RestOperationTypeEnum;
import ca.uhn.fhir.rest.api.server.RequestDetails;
import ca.uhn.fhir.rest.server.exceptions.ForbiddenOperationException;
import jakarta.inject.Singleton;
import java.util.Optional;
import no.mila.dho.fhir.server.SmartScopes.Interaction;
import no.mila.dho.shared.security.CurrentUser;
import org.hl7.fhir.r4.model.OperationOutcome;

/**
 * Before any resource provider runs: the caller's role must allow the interaction with the resource type
 * ({@link FhirRoles}) and a scope of the token must grant it ({@link SmartScopes}); otherwise 403 with an
 * OperationOutcome naming what is missing. The capability statement is public. Which patients the caller sees is
 * decided afterwards, per patient, by the patient feature's access policy.
 */
@Singleton
public class FhirAuthorization {

    /** The request attribute that holds what the request does, for the access log. */
    public static final String INTERACTION = FhirAuthorization.class.getName() + ".interaction";

    private final CurrentUser user;

    public FhirAuthorization(CurrentUser user) {
        this.user = user;
    }

    @Hook(Pointcut.SERVER_INCOMING_REQUEST_POST_PROCESSED)
    public boolean authorize(RequestDetails request) {
        RestOperationTypeEnum operation = request.getRestOperationType();
        if (operation == RestOperationTypeEnum.METADATA) {
            return true;
        }
        Interaction interaction = interactionOf(operation);
        request.setAttribute(INTERACTION, interaction);
        // a transaction is a report: its Observations are checked here, its other entries by the provider
        String type = operation == RestOperationTypeEnum.TRANSACTION ? "Observation" : request.getResourceName();
        require(type == null ? "" : type, interaction);
        return true;
    }

    /** The caller's role and scopes must allow {@code interaction} on {@code resourceType}; else 403. */
    public void require(String resourceType, Interaction interaction) {
        Optional<String> role = FhirRoles.actingRole(user.roles());
        if (role.isEmpty()) {
            throw forbidden("Your role has no access to FHIR resources");
        }
        if (!FhirRoles.allows(role.get(), resourceType, interaction)) {
            throw forbidden("Role " + role.get() + " may not " + verb(interaction) + " "
                    + resourceType);
        }
        SmartScopes.Context context = FhirRoles.contextOf(role.get());
        if (!SmartScopes.allows(user.scopes(), context, resourceType, interaction)) {
            throw forbidden("The token lacks the scope "
                    + SmartScopes.needed(context, resourceType, interaction));
        }
    }

    private static ForbiddenOperationException forbidden(String text) {
        return new ForbiddenOperationException(text,
                FhirErrors.issue(new OperationOutcome(), OperationOutcome.IssueType.FORBIDDEN, text, null));
    }

    static Interaction interactionOf(RestOperationTypeEnum operation) {
        if (operation == null) {
            return Interaction.READ;
        }
        return switch (operation) {
            case SEARCH_TYPE, SEARCH_SYSTEM, HISTORY_TYPE, HISTORY_SYSTEM, GET_PAGE -> Interaction.SEARCH;
            case CREATE, TRANSACTION, BATCH, UPDATE, PATCH, DELETE -> Interaction.CREATE;
            default -> Interaction.READ;
        };
    }

    private static String verb(Interaction interaction) {
        return switch (interaction) {
            case READ -> "read";
            case SEARCH -> "search";
            case CREATE -> "create";
        };
    }
}
