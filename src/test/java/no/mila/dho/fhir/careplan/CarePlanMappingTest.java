package no.mila.dho.fhir.careplan;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.application.PlanRecord;
import no.mila.dho.plan.application.PlanVersion;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.CarePlan;
import org.hl7.fhir.r4.model.Practitioner;
import org.junit.jupiter.api.Test;

class CarePlanMappingTest {

    static final UUID PATIENT = UUID.randomUUID();
    static final Instant DRAFTED = Instant.parse("2025-03-01T09:00:00Z");
    static final Instant APPROVED = Instant.parse("2025-03-02T23:30:00Z");
    static final Instant SUPERSEDED = Instant.parse("2025-04-10T10:00:00Z");

    static final List<PlanItem> ITEMS = List.of(
            new PlanItem(UUID.randomUUID().toString(), Zone.RED, AdviceCategory.WHEN_TO_CALL, "Ring 116 117", null,
                    null, null, null),
            new PlanItem(UUID.randomUUID().toString(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon",
                    "Prednisolon", "30 mg daglig", "ved gul sone", "etter 5 dager"),
            new PlanItem(UUID.randomUUID().toString(), Zone.GREEN, AdviceCategory.ACTIVITY, "Gå tur hver dag", null,
                    null, null, null));

    static PlanRecord record(PlanStatus status, int versionNo) {
        boolean approved = status.isApproved();
        PlanVersion v = new PlanVersion(UUID.randomUUID(), PATIENT, versionNo, status, 3, List.of("Gå tur med barnebarna"),
                null, null, "nurse-1", "Nora Sykepleier", "nurse", DRAFTED, "nurse-1", "Nora Sykepleier", DRAFTED,
                approved ? "gp-1" : null, approved ? "Lege Legesen" : null, approved ? "9200001" : null,
                approved ? APPROVED : null, approved ? List.of("GP") : null,
                status == PlanStatus.SUPERSEDED ? SUPERSEDED : null);
        return new PlanRecord(v, ITEMS, 1, true);
    }

    static String json(CarePlan plan) {
        return FhirContext.forR4Cached().newJsonParser().encodeResourceToString(plan);
    }

    @Test
    void the_active_version_is_the_approved_plan_in_force_with_its_physician_and_its_zones() {
        CarePlan plan = CarePlanMapping.toFhir(record(PlanStatus.ACTIVE, 2));
        String json = json(plan);
        FhirValidation.assertValid(json);
        assertThat(plan.getIdElement().getIdPart()).isEqualTo(PATIENT.toString());
        assertThat(plan.getMeta().getVersionId()).isEqualTo("2");
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.ACTIVE);
        assertThat(plan.getIntent()).isEqualTo(CarePlan.CarePlanIntent.PLAN);
        assertThat(plan.getTitle()).isEqualTo("Egenbehandlingsplan");
        assertThat(plan.getDescription()).isEqualTo("Hva er viktig for deg? Gå tur med barnebarna");
        assertThat(plan.getSubject().getReference()).isEqualTo("Patient/" + PATIENT);
        assertThat(plan.getAuthor().getReference()).isEqualTo("#approver");
        Practitioner approver = (Practitioner) plan.getContained().get(0);
        assertThat(approver.getIdentifierFirstRep().getSystem()).isEqualTo(FhirSystems.HPR);
        assertThat(approver.getIdentifierFirstRep().getValue()).isEqualTo("9200001");
        // approved 00:30 in Oslo on 3 March
        assertThat(plan.getNoteFirstRep().getText()).isEqualTo("Godkjent av Lege Legesen (HPR 9200001) 03.03.2025");
        assertThat(plan.getPeriod().getStart()).isEqualTo(java.util.Date.from(APPROVED));
        assertThat(plan.getPeriod().hasEnd()).isFalse();
        assertThat(plan.getActivity()).extracting(a -> a.getDetail().getCode().getCodingFirstRep().getCode())
                .containsExactly("GREEN", "YELLOW", "RED");
        assertThat(plan.getActivity()).extracting(a -> a.getDetail().getStatus()).containsExactly(
                CarePlan.CarePlanActivityStatus.INPROGRESS, CarePlan.CarePlanActivityStatus.NOTSTARTED,
                CarePlan.CarePlanActivityStatus.NOTSTARTED);
        CarePlan.CarePlanActivityDetailComponent medication = plan.getActivity().get(1).getDetail();
        assertThat(medication.getCode().getText()).isEqualTo("Gul sone: Medisiner");
        assertThat(medication.getDescription())
                .isEqualTo("Prednisolon 30 mg daglig: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager.");
        assertThat(medication.getProductCodeableConcept().getText()).isEqualTo("Prednisolon");
        assertThat(plan.getCategory()).extracting(c -> c.getCodingFirstRep().getCode())
                .containsExactly("ACTIVITY", "MEDICATION", "WHEN_TO_CALL");
    }

    @Test
    void a_superseded_version_is_revoked_with_its_period_ended() {
        CarePlan plan = CarePlanMapping.toFhir(record(PlanStatus.SUPERSEDED, 1));
        FhirValidation.assertValid(json(plan));
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.REVOKED);
        assertThat(plan.getPeriod().getEnd()).isEqualTo(java.util.Date.from(SUPERSEDED));
        assertThat(plan.getActivity()).allMatch(a -> a.getDetail().getStatus()
                == CarePlan.CarePlanActivityStatus.STOPPED);
    }

    @Test
    void a_draft_is_authored_by_who_drafted_it_and_says_it_is_not_approved() {
        CarePlan plan = CarePlanMapping.toFhir(record(PlanStatus.DRAFT, 3));
        FhirValidation.assertValid(json(plan));
        assertThat(plan.getStatus()).isEqualTo(CarePlan.CarePlanStatus.DRAFT);
        assertThat(plan.getAuthor().getReference()).isEqualTo("#drafter");
        assertThat(plan.hasPeriod()).isFalse();
        assertThat(plan.getNoteFirstRep().getText()).contains("ikke godkjent");
        assertThat(plan.getCreated()).isEqualTo(java.util.Date.from(DRAFTED));
    }
}
