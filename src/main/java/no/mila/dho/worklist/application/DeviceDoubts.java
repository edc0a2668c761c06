package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.messaging.application.MessageThreads;
import no.mila.dho.patient.application.EpisodeQueries;
import no.mila.dho.patient.application.OpenEpisode;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.shared.time.NorwegianCalendar;
import no.mila.dho.worklist.domain.DeviceDoubtTexts;
import no.mila.dho.worklist.domain.TaskType;
import no.mila.dho.worklist.persistence.TaskStore;

/**
 * When equipment seems wrong (domain.md, traffic lights): the nurse asks the patient to measure again (a message in
 * the patient's threads, and a task due the next working day to check the control measurement came), or asks the
 * home municipality's coordinator for a device-check visit (a task the coordinator sees in the municipality
 * overview, with the device and nothing clinical). One of each open per patient at a time (409 otherwise).
 */
@ApplicationScoped
public class DeviceDoubts {

    /** What a request created: the task, and for a control measurement the message's thread. */
    public record Requested(UUID taskId, UUID threadId) {
    }

    private final MessageThreads threads;
    private final EpisodeQueries episodes;
    private final TaskStore tasks;
    private final Clock clock;

    public DeviceDoubts(MessageThreads threads, EpisodeQueries episodes, TaskStore tasks, Clock clock) {
        this.threads = threads;
        this.episodes = episodes;
        this.tasks = tasks;
        this.clock = clock;
    }

    @Transactional
    public Requested askForControlMeasurement(UUID patientId, String note) {
        UUID threadId = threads.start(threads.service(patientId), DeviceDoubtTexts.CONTROL_SUBJECT,
                DeviceDoubtTexts.controlMeasurement(note)).threadId();
        LocalDate due = NorwegianCalendar.onOrAfter(ClockProducer.today(clock).plusDays(1));
        return new Requested(task(patientId, TaskType.CONTROL_MEASUREMENT, due, DeviceDoubtTexts.CONTROL_TASK), threadId);
    }

    @Transactional
    public Requested askForDeviceCheck(UUID patientId, EquipmentType device) {
        threads.service(patientId);
        LocalDate due = NorwegianCalendar.onOrAfter(ClockProducer.today(clock));
        return new Requested(task(patientId, TaskType.DEVICE_CHECK_VISIT, due, DeviceDoubtTexts.deviceCheck(device)),
                null);
    }

    private UUID task(UUID patientId, TaskType type, LocalDate due, String detail) {
        OpenEpisode episode = episodes.openOf(patientId).orElseThrow(() -> new ProblemException(ProblemType.CONFLICT,
                "Patient " + patientId + " has no open pathway"));
        UUID id = UUID.randomUUID();
        if (!tasks.insert(id, patientId, episode.id(), type, due, detail, clock.instant())) {
            throw new ProblemException(ProblemType.CONFLICT, "Patient " + patientId + " already has an open "
                    + type + " task");
        }
        return id;
    }
}
