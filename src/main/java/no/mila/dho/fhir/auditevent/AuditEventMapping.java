package no.mila.dho.fhir.auditevent;

import java.util.Date;
import java.util.Optional;
import no.mila.dho.audit.application.AuditedAccess;
import no.mila.dho.audit.domain.AccessOutcome;
import no.mila.dho.fhir.server.FhirSystems;
import org.hl7.fhir.r4.model.AuditEvent;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;

/**
 * One access-log row as an {@code AuditEvent} after IHE BALP (Basic Audit Log Patterns): id the row's own id; type
 * {@code rest} with the interaction as subtype for a FHIR request (BALP's RESTful patterns), DICOM "Patient Record"
 * for a request to the REST API; action R (read), E (search: a query is executed), C, U; recorded when it was logged;
 * outcome 0 allowed, 4 failed, 8 denied (with a description); purpose of use TREAT (tjenstlig behov: the service
 * reads for the patient's follow-up). Agents: the caller (requestor; their HPR number as identifier where they have
 * one, else the login subject; their role) and the service (destination). Source: the service, an application
 * server. Entities: the patient, and the request (its logged text, the resource read where it names one, and the
 * request id). The query string is never logged, so no entity holds a query.
 */
public final class AuditEventMapping {

    private AuditEventMapping() {
    }

    public static AuditEvent toFhir(AuditedAccess row) {
        AuditEvent event = new AuditEvent();
        event.setId(row.entryId().toString());
        event.getMeta().setLastUpdated(Date.from(row.at()));
        Optional<FhirRequestText> fhir = FhirRequestText.of(row.resource(), row.action());
        if (fhir.isPresent()) {
            event.setType(AuditEventCodes.REST.copy());
            String interaction = fhir.get().interaction();
            event.addSubtype().setSystem(AuditEventCodes.RESTFUL_INTERACTION).setCode(interaction)
                    .setDisplay(interaction);
        } else {
            event.setType(AuditEventCodes.PATIENT_RECORD.copy());
        }
        event.setAction(AuditEventCodes.actionOf(row.action()));
        event.setRecorded(Date.from(row.at()));
        event.setOutcome(AuditEventCodes.outcomeOf(row.outcome()));
        if (row.outcome() != AccessOutcome.ALLOWED) {
            event.setOutcomeDesc(outcomeText(row));
        }
        event.addPurposeOfEvent(new CodeableConcept(AuditEventCodes.TREATMENT.copy()).setText("Tjenstlig behov"));
        addCaller(event, row);
        event.addAgent().setType(new CodeableConcept(AuditEventCodes.DESTINATION.copy()))
                .setWho(new Reference().setDisplay(AuditEventCodes.SERVICE)).setRequestor(false);
        event.getSource().setSite("MILA DHO").setObserver(new Reference().setDisplay(AuditEventCodes.SERVICE))
                .addType(AuditEventCodes.APPLICATION_SERVER.copy());
        if (row.patientId() != null) {
            event.addEntity().setWhat(new Reference("Patient/" + row.patientId()))
                    .setType(AuditEventCodes.PERSON.copy()).setRole(AuditEventCodes.PATIENT_ROLE.copy());
        }
        AuditEvent.AuditEventEntityComponent request = event.addEntity().setType(AuditEventCodes.SYSTEM_OBJECT.copy())
                .setRole(fhir.isPresent() && "search-type".equals(fhir.get().interaction())
                        ? AuditEventCodes.QUERY.copy() : AuditEventCodes.DOMAIN_RESOURCE.copy())
                .setDescription(row.resource());
        fhir.flatMap(FhirRequestText::resource).ifPresent(r -> request.setWhat(new Reference(r)));
        if (row.requestId() != null && !row.requestId().isBlank()) {
            request.addDetail().setType(AuditEventCodes.REQUEST_ID).setValue(new StringType(row.requestId()));
        }
        return event;
    }

    private static void addCaller(AuditEvent event, AuditedAccess row) {
        AuditEvent.AuditEventAgentComponent caller = event.addAgent().setRequestor(true);
        Reference who = new Reference().setDisplay(row.actorName() != null ? row.actorName() : row.actorSubject());
        if (row.actorHpr() != null && !row.actorHpr().isBlank()) {
            who.setIdentifier(new Identifier().setSystem(FhirSystems.HPR).setValue(row.actorHpr()));
            caller.setAltId(row.actorSubject());
        } else {
            who.setIdentifier(new Identifier().setSystem(AuditEventCodes.SUBJECT).setValue(row.actorSubject()));
        }
        caller.setWho(who);
        if (row.actorRole() != null) {
            String display = AuditEventCodes.roleDisplay(row.actorRole());
            caller.addRole().setText(display).addCoding().setSystem(AuditEventCodes.ROLE).setCode(row.actorRole())
                    .setDisplay(display);
        }
    }

    private static String outcomeText(AuditedAccess row) {
        return switch (row.outcome()) {
            case DENIED -> "Avvist: ingen tilgang (HTTP " + row.httpStatus() + ")";
            case FAILED -> "Feilet (HTTP " + row.httpStatus() + ")";
            case ALLOWED -> "Tillatt";
        };
    }
}
