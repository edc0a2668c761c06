package no.mila.dho.fhir.message;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.DeliveryState;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.OutgoingMessage;
import no.mila.dho.outbox.domain.Recipient;
import no.mila.dho.outbox.domain.RecipientKind;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Communication;
import org.hl7.fhir.r4.model.MessageHeader;
import org.junit.jupiter.api.Test;

class MessageBundleMappingTest {

    static final UUID ID = UUID.fromString("6f1c2a9e-1111-4222-8333-944455556666");
    static final UUID PATIENT = UUID.fromString("0a1b2c3d-1111-4222-8333-944455556666");

    static OutgoingMessage message() {
        return new OutgoingMessage(ID, 7, PATIENT, MessageKind.INCLUSION, Addressee.gp("9200001"), null,
                "Pasienten er inkludert", "Ola Nordmann er inkludert i digital hjemmeoppfølging.", "{}",
                Instant.parse("2026-12-01T09:00:00Z"), "Nora Sykepleier", DeliveryState.PENDING, 0,
                Instant.parse("2026-12-01T09:00:00Z"), null, null);
    }

    static final Recipient GP = new Recipient(UUID.randomUUID(), RecipientKind.GP, "9200001",
            "Lars Fastlege, Jessheim legesenter", "90000001", null, "fhir-http", "https://mottak.example.no/fhir", true);

    @Test
    void the_message_header_carries_the_stable_id_the_event_and_the_receiver_by_her_id() {
        Bundle bundle = MessageBundleMapping.toBundle(message(), GP, List.of());

        assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        assertThat(bundle.getIdentifier().getValue()).isEqualTo(ID.toString());
        MessageHeader header = (MessageHeader) bundle.getEntryFirstRep().getResource();
        assertThat(header.getIdPart()).isEqualTo(ID.toString());
        assertThat(header.getEventCoding().getCode()).isEqualTo("INCLUSION");
        assertThat(header.getDestinationFirstRep().getEndpoint()).isEqualTo("https://mottak.example.no/fhir");
        assertThat(header.getDestinationFirstRep().getReceiver().getIdentifier().getSystem())
                .isEqualTo(MessageBundleMapping.HER_ID);
        assertThat(header.getDestinationFirstRep().getReceiver().getIdentifier().getValue()).isEqualTo("90000001");
        Communication communication = (Communication) bundle.getEntry().get(1).getResource();
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo(bundle.getEntry().get(1).getFullUrl());
        assertThat(communication.getSubject().getReference()).isEqualTo("Patient/" + PATIENT);
        assertThat(communication.getPayloadFirstRep().getContentStringType().getValue())
                .isEqualTo("Ola Nordmann er inkludert i digital hjemmeoppfølging.");
    }

    @Test
    void every_attempt_builds_the_same_bundle() {
        FhirContext fhir = FhirContext.forR4Cached();
        String first = fhir.newJsonParser().encodeResourceToString(MessageBundleMapping.toBundle(message(), GP,
                List.of()));
        String again = fhir.newJsonParser().encodeResourceToString(MessageBundleMapping.toBundle(message(), GP,
                List.of()));
        assertThat(again).isEqualTo(first);
    }

    @Test
    void the_bundle_is_valid_r4() {
        FhirValidation.assertValid(FhirContext.forR4Cached().newJsonParser()
                .encodeResourceToString(MessageBundleMapping.toBundle(message(), GP, List.of())));
    }
}
