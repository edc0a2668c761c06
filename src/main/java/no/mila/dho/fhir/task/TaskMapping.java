package no.mila.dho.fhir.task;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import no.mila.dho.alert.application.AlertReads;
import no.mila.dho.alert.domain.HandlingStatus;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.worklist.application.TaskReads;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Task;

/**
 * The worklist's items as FHIR {@code Task}s (the one place of this mapping), intent {@code order}, for the patient:
 * <ul>
 *   <li>a cadence task (id the task's id): code its type ({@link TaskCodes#TASK_KIND}), description why, authored when
 *       created, due date as {@code restriction.period.end}, business status {@code overdue} when due before today and
 *       not done;</li>
 *   <li>the handling of an alert (id {@code alert-<alert id>}): code {@code HANDLE_ALERT}, focus the alert's
 *       {@code Flag}, description what the zone asks of the nurse and the reasons, authored when the report came,
 *       priority {@code urgent} for red (contact the patient), else {@code routine}; no due date.</li>
 * </ul>
 * Both: status {@code requested} while open, {@code in-progress} while a nurse holds it, {@code completed} when closed
 * (the service cancels nothing); owner the nurse who holds or closed it (display); execution period from the claim
 * (or the close, for one never claimed) to the close; the outcome as {@code output}, the nurse's note as {@code note}.
 */
public final class TaskMapping {

    private TaskMapping() {
    }

    public static Task toFhir(TaskReads.Task t, LocalDate today) {
        Task task = common(t.id().toString(), t.patientId().toString(), t.status(), t.createdAt(), t.heldBy(),
                t.claimedAt(), t.closedBy(), t.closedAt(), t.outcome(), t.note());
        task.setCode(new CodeableConcept(new Coding(TaskCodes.TASK_KIND, t.type().name(), TaskCodes.display(t.type()))));
        task.setDescription(t.detail());
        task.setPriority(Task.TaskPriority.ROUTINE);
        task.getRestriction().setPeriod(new Period().setEndElement(new DateTimeType(t.dueDate().toString())));
        if (t.status() != HandlingStatus.CLOSED && t.dueDate().isBefore(today)) {
            task.setBusinessStatus(new CodeableConcept(new Coding(TaskCodes.BUSINESS_STATUS, TaskCodes.OVERDUE,
                    TaskCodes.OVERDUE_DISPLAY)));
        }
        return task;
    }

    public static Task toFhir(AlertReads.Alert a) {
        Task task = common(TaskCodes.ALERT_PREFIX + a.id(), a.patientId().toString(), a.status(), a.receivedAt(),
                a.heldBy(), a.claimedAt(), a.closedBy(), a.closedAt(), a.outcome(), a.note());
        task.setCode(new CodeableConcept(new Coding(TaskCodes.TASK_KIND, TaskCodes.HANDLE_ALERT,
                TaskCodes.alertDisplay())));
        task.setDescription(description(a));
        task.setPriority(a.zone() == Zone.RED ? Task.TaskPriority.URGENT : Task.TaskPriority.ROUTINE);
        task.setFocus(new Reference("Flag/" + a.id()));
        return task;
    }

    static String description(AlertReads.Alert a) {
        String ask = switch (a.zone()) {
            case RED -> "Rødt varsel: kontakt pasienten og vurder situasjonen.";
            case YELLOW -> "Gult varsel: vurder om pasienten skal kontaktes.";
            case GREEN -> "Grønn rapport: kvitteres ut når det ikke er melding fra fastlegen.";
        };
        return a.reasons().isEmpty() ? ask : ask + " " + String.join(" ", a.reasons());
    }

    private static Task common(String id, String patientId, HandlingStatus status, Instant authored, String heldBy,
                               Instant claimedAt, String closedBy, Instant closedAt, Outcome outcome, String note) {
        Task task = new Task();
        task.setId(id);
        task.setStatus(switch (status) {
            case OPEN -> Task.TaskStatus.REQUESTED;
            case CLAIMED -> Task.TaskStatus.INPROGRESS;
            case CLOSED -> Task.TaskStatus.COMPLETED;
        });
        task.setIntent(Task.TaskIntent.ORDER);
        task.setFor(new Reference("Patient/" + patientId));
        task.setAuthoredOn(Date.from(authored));
        String owner = status == HandlingStatus.CLOSED ? closedBy : status == HandlingStatus.CLAIMED ? heldBy : null;
        if (owner != null) {
            task.setOwner(new Reference().setDisplay(owner));
        }
        Instant started = claimedAt != null ? claimedAt : closedAt;
        if (started != null) {
            Period execution = new Period().setStart(Date.from(started));
            if (closedAt != null) {
                execution.setEnd(Date.from(closedAt));
            }
            task.setExecutionPeriod(execution);
        }
        if (outcome != null) {
            task.addOutput().setType(new CodeableConcept().setText("Utfall")).setValue(new CodeableConcept(
                    new Coding(TaskCodes.OUTCOME, outcome.name(), TaskCodes.display(outcome))));
        }
        if (note != null && !note.isBlank()) {
            task.addNote().setText(note);
        }
        return task;
    }
}
