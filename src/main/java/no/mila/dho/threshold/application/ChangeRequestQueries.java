package no.mila.dho.threshold.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientBrief;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.persistence.ChangeRequestQueue;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/** Reading change requests: one request, a patient's requests, and the work queues across patients. */
@ApplicationScoped
public class ChangeRequestQueries {

    /** Which work queue: requests waiting for a physician's order, or for a second person's verification. */
    public enum Awaiting { ORDER, VERIFICATION }

    private final PatientAccess access;
    private final PatientQueries patients;
    private final CurrentUser user;
    private final ChangeRequestQueue queue;
    private final ChangeRequestDetailsLoader details;

    public ChangeRequestQueries(PatientAccess access, PatientQueries patients, CurrentUser user,
                                ChangeRequestQueue queue, ChangeRequestDetailsLoader details) {
        this.access = access;
        this.patients = patients;
        this.user = user;
        this.queue = queue;
        this.details = details;
    }

    public ChangeRequestDetails one(UUID patientId, UUID requestId) {
        PatientBrief patient = access.requireClinicalBrief(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        return details.load(List.of(request), Map.of(patient.id(), patient.name())).get(0);
    }

    /**
     * One request found by its id alone (the console's page of a request): the same access check on its patient, and
     * the same 404 for a request of a patient the caller may not see as for one that does not exist.
     */
    public ChangeRequestDetails one(UUID requestId) {
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.<ThresholdChangeRequestEntity>findByIdOptional(
                requestId).orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        return one(request.patientId, requestId);
    }

    /** The patient's open request (proposed or ordered; at most one), if the caller may see the patient. */
    public Optional<UUID> openOf(UUID patientId) {
        access.requireClinicalBrief(patientId);
        return ThresholdChangeRequestEntity.openOf(patientId).map(r -> r.id);
    }

    public List<ChangeRequestDetails> ofPatient(UUID patientId) {
        PatientBrief patient = access.requireClinicalBrief(patientId);
        List<ThresholdChangeRequestEntity> requests = ThresholdChangeRequestEntity
                .list("patientId = ?1 order by proposedAt desc", patientId);
        return details.load(requests, Map.of(patient.id(), patient.name()));
    }

    /**
     * The caller's queue: requests waiting for an order (a physician sees their patients', a nurse all), or
     * ordered requests the caller could verify (not entered nor ordered by them), oldest first.
     */
    public Page<ChangeRequestDetails> queue(Awaiting awaiting, PageRequest page) {
        Parameters params = new Parameters();
        String scope = access.nativeSearchScope(params);
        Page<ThresholdChangeRequestEntity> requests = awaiting == Awaiting.ORDER
                ? queue.inStatus(ChangeStatus.PROPOSED, scope, params, null, page)
                : queue.inStatus(ChangeStatus.ORDERED, scope, params, user.subject(), page);
        Map<UUID, String> names = patients.namesOf(requests.items().stream().map(r -> r.patientId).distinct().toList());
        return Page.of(details.load(requests.items(), names), page, requests.totalItems());
    }
}
