package no.mila.dho.fhir.flag;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.Flag;
import org.junit.jupiter.api.Test;

/** The mapping of an alert to a Flag, and the status parameter, without Quarkus. */
class FlagMappingTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Instant RECEIVED = Instant.parse("2026-03-02T08:15:00Z");

    static AlertReads.Alert alert(Zone zone, List<String> reasons, HandlingStatus status) {
        boolean closed = status == HandlingStatus.CLOSED;
        return new AlertReads.Alert(UUID.randomUUID(), UUID.randomUUID(), zone, reasons, RECEIVED, status,
                status == HandlingStatus.OPEN ? null : "Nora Sykepleier",
                status == HandlingStatus.OPEN ? null : RECEIVED.plusSeconds(600), closed ? "Nora Sykepleier" : null,
                closed ? RECEIVED.plusSeconds(1200) : null, closed ? Outcome.PATIENT_CONTACTED : null,
                closed ? "Ringte" : null, 2);
    }

    @Test
    void an_open_red_alert_is_an_active_clinical_flag_with_the_zone_and_the_reasons() {
        AlertReads.Alert a = alert(Zone.RED, List.of("Oksygenmetning (SpO2) 80 % er under den røde grensen 88 %."),
                HandlingStatus.CLAIMED);
        Flag flag = FlagMapping.toFhir(a);
        assertThat(flag.getIdPart()).isEqualTo(a.id().toString());
        assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.ACTIVE);
        assertThat(flag.getCategoryFirstRep().getCodingFirstRep().getCode()).isEqualTo("clinical");
        assertThat(flag.getCode().getCodingFirstRep().getSystem()).isEqualTo(FlagCodes.ALERT_ZONE);
        assertThat(flag.getCode().getCodingFirstRep().getCode()).isEqualTo("RED");
        assertThat(flag.getCode().getCodingFirstRep().getDisplay()).isEqualTo("Rød");
        assertThat(flag.getCode().getText()).isEqualTo(a.reasons().get(0));
        assertThat(flag.getSubject().getReference()).isEqualTo("Patient/" + a.patientId());
        assertThat(flag.getPeriod().getStart().toInstant()).isEqualTo(RECEIVED);
        assertThat(flag.getPeriod().hasEnd()).isFalse();
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(flag));
    }

    @Test
    void a_closed_green_alert_is_inactive_with_its_end_and_the_zone_as_text() {
        Flag flag = FlagMapping.toFhir(alert(Zone.GREEN, List.of(), HandlingStatus.CLOSED));
        assertThat(flag.getStatus()).isEqualTo(Flag.FlagStatus.INACTIVE);
        assertThat(flag.getCode().getText()).isEqualTo("Grønn");
        assertThat(flag.getPeriod().getEnd().toInstant()).isEqualTo(RECEIVED.plusSeconds(1200));
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(flag));
        assertThat(FlagCodes.display(Zone.YELLOW)).isEqualTo("Gul");
    }

    @Test
    void status_active_by_default_inactive_on_request_and_unknown_codes_are_400() {
        assertThat(FlagStatuses.of(null)).containsExactlyInAnyOrder(HandlingStatus.OPEN, HandlingStatus.CLAIMED);
        assertThat(FlagStatuses.of(new TokenOrListParam(null, "inactive"))).containsExactly(HandlingStatus.CLOSED);
        assertThat(FlagStatuses.of(new TokenOrListParam(null, "active", "inactive")))
                .containsExactlyInAnyOrder(HandlingStatus.values());
        assertThat(FlagStatuses.of(new TokenOrListParam(null, "entered-in-error"))).isEmpty();
        assertThatThrownBy(() -> FlagStatuses.of(new TokenOrListParam(null, "open")))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> FlagStatuses.of(new TokenOrListParam("urn:other", "active")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
