package no.mila.dho.fhir.message;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.StringType;

/**
 * An outgoing message as a FHIR R4 message Bundle ({@code Bundle.type = message}): first the {@code MessageHeader}
 * whose id is the stable message id (the receiver deduplicates on it; the Bundle's identifier is the same id), with
 * the event (the message kind), the destination (endpoint, and the receiver by HER-id and organisation number) and the
 * sender; its focus is the {@code Communication} with the Norwegian text about the patient; then the measurements
 * the message carries as Observations.
 */
final class MessageBundleMapping {

    static final String EVENT_SYSTEM = "urn:mila:dho:message-event";
    static final String MESSAGE_ID = "urn:mila:dho:message-id";
    /** The OID of HER-ids, the ids of Norway's address register (Adresseregisteret). */
    static final String HER_ID = "urn:oid:2.16.578.1.12.4.1.2";
    static final String ORGANISATION_NUMBER = "urn:oid:2.16.578.1.12.4.1.4.101";
    static final String SENDER = "MILA digital hjemmeoppfølging, oppfølgingstjenesten";

    private MessageBundleMapping() {
    }

    static Bundle toBundle(OutgoingMessage message, Recipient recipient, List<Observation> observations) {
        String id = message.id().toString();
        Bundle bundle = new Bundle().setType(Bundle.BundleType.MESSAGE);
        bundle.setId(id);
        bundle.setIdentifier(new Identifier().setSystem(MESSAGE_ID).setValue(id));
        bundle.setTimestamp(Date.from(message.createdAt()));
        Communication communication = communication(message, observations);
        // the Communication's own id, derived from the message id: the same on every attempt
        communication.setId(UUID.nameUUIDFromBytes(("communication:" + id).getBytes(StandardCharsets.UTF_8))
                .toString());
        add(bundle, header(message, recipient, communication));
        add(bundle, communication);
        observations.forEach(o -> add(bundle, o));
        return bundle;
    }

    private static MessageHeader header(OutgoingMessage message, Recipient recipient, Communication focus) {
        MessageHeader header = new MessageHeader();
        header.setId(message.id().toString());
        header.setEvent(new Coding(EVENT_SYSTEM, message.kind().name(), message.subject()));
        MessageHeader.MessageDestinationComponent destination = header.addDestination()
                .setName(recipient.name()).setEndpoint(recipient.endpoint());
        Reference receiver = new Reference().setDisplay(recipient.name());
        if (recipient.herId() != null) {
            receiver.setIdentifier(new Identifier().setSystem(HER_ID).setValue(recipient.herId()));
        } else if (recipient.organisationNumber() != null) {
            receiver.setIdentifier(new Identifier().setSystem(ORGANISATION_NUMBER)
                    .setValue(recipient.organisationNumber()));
        }
        destination.setReceiver(receiver);
        header.setSource(new MessageHeader.MessageSourceComponent().setName(SENDER).setEndpoint("urn:mila:dho"));
        header.setSender(new Reference().setDisplay(SENDER));
        header.addFocus(new Reference("urn:uuid:" + focus.getIdPart()));
        return header;
    }

    private static Communication communication(OutgoingMessage message, List<Observation> observations) {
        Communication c = new Communication();
        c.addIdentifier().setSystem(MESSAGE_ID).setValue(message.id().toString());
        c.setStatus(Communication.CommunicationStatus.COMPLETED);
        c.setSubject(new Reference("Patient/" + message.patientId()));
        c.setSent(Date.from(message.createdAt()));
        c.setTopic(new CodeableConcept().setText(message.subject()));
        c.addPayload().setContent(new StringType(message.text()));
        observations.forEach(o -> c.addPayload().setContent(new Reference("urn:uuid:" + o.getIdPart())));
        return c;
    }

    private static void add(Bundle bundle, Resource resource) {
        bundle.addEntry().setFullUrl("urn:uuid:" + resource.getIdPart()).setResource(resource);
    }
}
