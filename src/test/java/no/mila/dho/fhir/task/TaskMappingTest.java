package no.mila.dho.fhir.task;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.TokenOrListParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.testsupport.FhirValidation;
import no.mila.dho.worklist.application.TaskReads;
import no.mila.dho.worklist.domain.TaskType;
import org.hl7.fhir.r4.model.Task;
import org.junit.jupiter.api.Test;

/** The mapping of cadence tasks and alerts to Tasks, and the search parameters, without Quarkus. */
class TaskMappingTest {

    static final FhirContext FHIR = FhirContext.forR4Cached();
    static final Instant CREATED = Instant.parse("2026-04-07T05:00:00Z");
    static final LocalDate DUE = LocalDate.parse("2026-04-07");

    static TaskReads.Task task(HandlingStatus status) {
        boolean closed = status == HandlingStatus.CLOSED;
        return new TaskReads.Task(UUID.randomUUID(), UUID.randomUUID(), TaskType.WEEKLY_CONTACT, DUE,
                "Ukentlig kontakt med ny pasient, uke 1", status, CREATED,
                status == HandlingStatus.OPEN ? null : "Nora Sykepleier",
                status == HandlingStatus.OPEN ? null : CREATED.plusSeconds(3600), closed ? "Nora Sykepleier" : null,
                closed ? CREATED.plusSeconds(7200) : null, closed ? Outcome.PATIENT_CONTACTED : null,
                closed ? "Ringte, alt vel" : null, 1);
    }

    static String json(Task task) {
        return FHIR.newJsonParser().encodeResourceToString(task);
    }

    @Test
    void an_open_cadence_task_past_its_due_date_is_requested_and_overdue() {
        TaskReads.Task t = task(HandlingStatus.OPEN);
        Task task = TaskMapping.toFhir(t, DUE.plusDays(1));
        assertThat(task.getIdPart()).isEqualTo(t.id().toString());
        assertThat(task.getStatus()).isEqualTo(Task.TaskStatus.REQUESTED);
        assertThat(task.getIntent()).isEqualTo(Task.TaskIntent.ORDER);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo("WEEKLY_CONTACT");
        assertThat(task.getCode().getCodingFirstRep().getDisplay()).isEqualTo("Ukentlig kontakt med ny pasient");
        assertThat(task.getDescription()).isEqualTo(t.detail());
        assertThat(task.getFor().getReference()).isEqualTo("Patient/" + t.patientId());
        assertThat(task.getRestriction().getPeriod().getEndElement().getValueAsString()).isEqualTo("2026-04-07");
        assertThat(task.getBusinessStatus().getCodingFirstRep().getCode()).isEqualTo("overdue");
        assertThat(task.hasOwner()).isFalse();
        FhirValidation.assertValid(json(task));
        assertThat(TaskMapping.toFhir(t, DUE).hasBusinessStatus()).isFalse();
    }

    @Test
    void a_claimed_task_is_in_progress_owned_by_the_nurse_and_a_closed_one_completed_with_its_outcome() {
        Task claimed = TaskMapping.toFhir(task(HandlingStatus.CLAIMED), DUE);
        assertThat(claimed.getStatus()).isEqualTo(Task.TaskStatus.INPROGRESS);
        assertThat(claimed.getOwner().getDisplay()).isEqualTo("Nora Sykepleier");
        assertThat(claimed.getExecutionPeriod().getStart().toInstant()).isEqualTo(CREATED.plusSeconds(3600));
        FhirValidation.assertValid(json(claimed));
        Task closed = TaskMapping.toFhir(task(HandlingStatus.CLOSED), DUE.plusDays(5));
        assertThat(closed.getStatus()).isEqualTo(Task.TaskStatus.COMPLETED);
        assertThat(closed.hasBusinessStatus()).isFalse();
        assertThat(closed.getExecutionPeriod().getEnd().toInstant()).isEqualTo(CREATED.plusSeconds(7200));
        assertThat(closed.getOutputFirstRep().getValue()).isInstanceOf(org.hl7.fhir.r4.model.CodeableConcept.class);
        assertThat(closed.getNoteFirstRep().getText()).isEqualTo("Ringte, alt vel");
        FhirValidation.assertValid(json(closed));
    }

    @Test
    void the_handling_of_a_red_alert_is_urgent_and_focused_on_its_flag() {
        AlertReads.Alert a = new AlertReads.Alert(UUID.randomUUID(), UUID.randomUUID(), Zone.RED,
                List.of("Puls 130 /min er over den røde grensen 120 /min."), CREATED, HandlingStatus.CLOSED, null,
                null, "Nora Sykepleier", CREATED.plusSeconds(60), Outcome.ACKNOWLEDGED_WITHOUT_CONTACT, null, 3);
        Task task = TaskMapping.toFhir(a);
        assertThat(task.getIdPart()).isEqualTo("alert-" + a.id());
        assertThat(task.getFocus().getReference()).isEqualTo("Flag/" + a.id());
        assertThat(task.getPriority()).isEqualTo(Task.TaskPriority.URGENT);
        assertThat(task.getCode().getCodingFirstRep().getCode()).isEqualTo(TaskCodes.HANDLE_ALERT);
        assertThat(task.getDescription()).startsWith("Rødt varsel").endsWith(a.reasons().get(0));
        assertThat(task.getExecutionPeriod().getStart().toInstant()).isEqualTo(CREATED.plusSeconds(60));
        assertThat(task.hasRestriction()).isFalse();
        FhirValidation.assertValid(json(task));
    }

    @Test
    void status_and_sort_parameters() {
        assertThat(TaskParams.statuses(null)).containsExactlyInAnyOrder(HandlingStatus.values());
        assertThat(TaskParams.statuses(new TokenOrListParam(null, "requested", "in-progress")))
                .containsExactlyInAnyOrder(HandlingStatus.OPEN, HandlingStatus.CLAIMED);
        assertThat(TaskParams.statuses(new TokenOrListParam(null, "cancelled"))).isEmpty();
        assertThatThrownBy(() -> TaskParams.statuses(new TokenOrListParam(null, "done")))
                .isInstanceOf(InvalidRequestException.class);
        assertThat(TaskParams.descending(null)).isFalse();
        assertThat(TaskParams.descending(new SortSpec("due-date", SortOrderEnum.DESC))).isTrue();
        assertThatThrownBy(() -> TaskParams.descending(new SortSpec("authored-on")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
