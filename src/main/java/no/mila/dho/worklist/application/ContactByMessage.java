package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.mila.dho.alert.application.ItemHandling;
import no.mila.dho.alert.domain.Outcome;
import no.mila.dho.messaging.application.ServiceMessages;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.worklist.domain.TaskType;
import no.mila.dho.worklist.persistence.TaskStore;

/**
 * Closing a monthly contact as "contacted by message" (kontaktet via melding i det digitale systemet): the task is
 * closed as {@link Outcome#PATIENT_CONTACTED} by the ordinary steps (only its holder, once), and names the
 * follow-up service's message in the patient's threads, checked to belong to that patient. One transaction: if
 * closing is refused, no message is recorded.
 */
@ApplicationScoped
public class ContactByMessage {

    private final TaskStore tasks;
    private final TaskHandling handling;
    private final ServiceMessages messages;
    private final PatientAccess access;

    public ContactByMessage(TaskStore tasks, TaskHandling handling, ServiceMessages messages, PatientAccess access) {
        this.tasks = tasks;
        this.handling = handling;
        this.messages = messages;
        this.access = access;
    }

    @Transactional
    public ItemHandling.Details close(UUID taskId, UUID messageId, String note) {
        TaskStore.Ref task = tasks.ref(taskId).orElseThrow(() -> ProblemException.notFound("Task " + taskId));
        access.requireClinical(task.patientId());
        if (task.type() != TaskType.MONTHLY_CONTACT) {
            throw new ProblemException(ProblemType.CONFLICT, "Only a monthly contact can be closed as contacted by "
                    + "message; this task is " + task.type());
        }
        if (!messages.isServiceMessageOf(task.patientId(), messageId)) {
            throw ProblemException.invalid("messageId", "must be a message the follow-up service wrote in this "
                    + "patient's threads");
        }
        if (!tasks.recordContactMessage(taskId, messageId)) {
            throw new ProblemException(ProblemType.CONFLICT, "Task " + taskId + " is closed");
        }
        handling.close(taskId, Outcome.PATIENT_CONTACTED, note);
        return handling.details(taskId);
    }
}
