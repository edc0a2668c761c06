package no.mila.dho.threshold.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.mila.dho.threshold.domain.ThresholdDiff;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.threshold.persistence.ThresholdSetEntity;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;
import no.mila.dho.threshold.persistence.ThresholdChangeStepEntity;

/** Reading threshold changes: one request, a patient's requests and versions, the work queues, due reviews. */
@ApplicationScoped
public class ThresholdChangeQueries {

    /** Days of baseline before the threshold review is due (domain: individual thresholds after 14 days). */
    public static final int BASELINE_DAYS = 14;

    private final PatientAccess access;
    private final CurrentUser user;
    private final Clock clock;
    private final EntityManager em;

    public ThresholdChangeQueries(PatientAccess access, CurrentUser user, Clock clock, EntityManager em) {
        this.em = em;
        this.access = access;
        this.user = user;
        this.clock = clock;
    }

    /** Which work queue: requests waiting for a physician's order, or for a second person's verification. */
    public enum Awaiting { ORDER, VERIFICATION }

    /** A patient whose baseline is over and who has no individual thresholds yet. */
    public record DueReview(UUID patientId, String patientName, String municipality, String pathway, UUID episodeId,
                            LocalDate baselineStart, LocalDate dueDate, long daysOverdue, UUID openRequestId,
                            ChangeStatus openRequestStatus) {
    }

    public ChangeRequestDetails one(UUID patientId, UUID requestId) {
        PatientEntity patient = access.requireClinical(patientId);
        ThresholdChangeRequestEntity request = ThresholdChangeRequestEntity.ofPatient(patientId, requestId)
                .orElseThrow(() -> ProblemException.notFound("Threshold change request " + requestId));
        return details(List.of(request), Map.of(patient.id, patient)).get(0);
    }

    public List<ChangeRequestDetails> ofPatient(UUID patientId) {
        PatientEntity patient = access.requireClinical(patientId);
        List<ThresholdChangeRequestEntity> requests = ThresholdChangeRequestEntity
                .list("patientId = ?1 order by proposedAt desc", patientId);
        return details(requests, Map.of(patient.id, patient));
    }

    /** Every version of the patient's thresholds, newest first, with its origin, trail and changes. */
    public List<ThresholdVersion> history(UUID patientId) {
        PatientEntity patient = access.requireClinical(patientId);
        List<ThresholdSetEntity> versions = ThresholdSetEntity.versionsOf(patientId);
        List<ThresholdChangeRequestEntity> requests = ThresholdChangeRequestEntity.list("patientId", patientId);
        Map<UUID, ChangeRequestDetails> byRequest = details(requests, Map.of(patient.id, patient)).stream()
                .collect(Collectors.toMap(d -> d.request().id, Function.identity()));
        List<ThresholdVersion> history = new ArrayList<>();
        ThresholdSet previous = null;
        for (ThresholdSetEntity version : versions) {
            ThresholdSet thresholds = version.toDomain();
            List<ThresholdDiff.Change> changes = previous == null ? List.of() : ThresholdDiff.between(previous, thresholds);
            Integer defaultVersion = version.sourceSetId == null ? null
                    : ThresholdSetEntity.<ThresholdSetEntity>findByIdOptional(version.sourceSetId).map(s -> s.versionNo)
                    .orElse(null);
            history.add(0, new ThresholdVersion(version, thresholds, changes, defaultVersion,
                    version.changeRequestId == null ? null : byRequest.get(version.changeRequestId)));
            previous = thresholds;
        }
        return history;
    }

    /**
     * The caller's queue: requests waiting for an order (a physician sees their patients', a nurse all), or
     * ordered requests the caller could verify (not entered nor ordered by them), oldest first.
     */
    public Page<ChangeRequestDetails> queue(Awaiting awaiting, PageRequest page) {
        Parameters params = Parameters.with("status",
                awaiting == Awaiting.ORDER ? ChangeStatus.PROPOSED : ChangeStatus.ORDERED);
        String scope = access.searchScope(params);
        String where = " from ThresholdChangeRequestEntity r, PatientEntity p where p.id = r.patientId"
                + " and r.status = :status and " + scope;
        if (awaiting == Awaiting.VERIFICATION) {
            where += " and r.proposedBySubject <> :me and r.orderedBySubject <> :me";
            params.and("me", user.subject());
        }
        long total = count("select count(r)" + where, params);
        TypedQuery<ThresholdChangeRequestEntity> query = em
                .createQuery("select r" + where + " order by r.proposedAt, r.id", ThresholdChangeRequestEntity.class);
        params.map().forEach(query::setParameter);
        List<ThresholdChangeRequestEntity> requests = query.setFirstResult(page.page() * page.size())
                .setMaxResults(page.size()).getResultList();
        Map<UUID, PatientEntity> patients = PatientEntity.<PatientEntity>list("id in ?1",
                requests.stream().map(r -> r.patientId).distinct().toList()).stream()
                .collect(Collectors.toMap(p -> p.id, Function.identity()));
        return Page.of(details(requests, patients), page, total);
    }

    /**
     * Patients whose 14-day baseline is over (review due on the start date + 14 days, today or before) and who
     * are still on the pathway defaults, most overdue first, with the open change request if any.
     */
    public Page<DueReview> dueReviews(PageRequest page) {
        LocalDate today = ClockProducer.today(clock);
        Parameters params = Parameters.with("state", EpisodeState.ACTIVE_BASELINE)
                .and("startedBy", today.minusDays(BASELINE_DAYS));
        String scope = access.searchScope(params);
        String where = " from EpisodeEntity e, PatientEntity p where p.id = e.patientId and e.state = :state"
                + " and e.startDate <= :startedBy and " + scope;
        long total = count("select count(e)" + where, params);
        TypedQuery<Object[]> query = em
                .createQuery("select e, p" + where + " order by e.startDate, p.id", Object[].class);
        params.map().forEach(query::setParameter);
        List<DueReview> due = new ArrayList<>();
        for (Object[] row : query.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList()) {
            EpisodeEntity episode = (EpisodeEntity) row[0];
            PatientEntity patient = (PatientEntity) row[1];
            LocalDate dueDate = episode.startDate.plusDays(BASELINE_DAYS);
            Optional<ThresholdChangeRequestEntity> open = ThresholdChangeRequestEntity.openOf(patient.id);
            due.add(new DueReview(patient.id, patient.givenName + " " + patient.familyName, patient.municipality,
                    episode.pathway, episode.id, episode.startDate, dueDate, ChronoUnit.DAYS.between(dueDate, today),
                    open.map(r -> r.id).orElse(null), open.map(r -> r.status).orElse(null)));
        }
        return Page.of(due, page, total);
    }

    private long count(String jpql, Parameters params) {
        TypedQuery<Long> query = em.createQuery(jpql, Long.class);
        params.map().forEach(query::setParameter);
        return query.getSingleResult();
    }

    private static List<ChangeRequestDetails> details(List<ThresholdChangeRequestEntity> requests,
                                                      Map<UUID, PatientEntity> patients) {
        Map<UUID, List<ThresholdChangeStepEntity>> trails = ThresholdChangeStepEntity
                .ofRequests(requests.stream().map(r -> r.id).toList()).stream()
                .collect(Collectors.groupingBy(s -> s.requestId));
        List<ChangeRequestDetails> details = new ArrayList<>();
        for (ThresholdChangeRequestEntity request : requests) {
            ThresholdSetEntity base = ThresholdSetEntity.findById(request.baseSetId);
            ThresholdSet proposed = request.proposed();
            Integer resulting = request.resultingSetId == null ? null
                    : ThresholdSetEntity.<ThresholdSetEntity>findByIdOptional(request.resultingSetId)
                    .map(s -> s.versionNo).orElse(null);
            PatientEntity patient = patients.get(request.patientId);
            details.add(new ChangeRequestDetails(request,
                    patient == null ? null : patient.givenName + " " + patient.familyName, proposed, base.versionNo,
                    ThresholdDiff.between(base.toDomain(), proposed), trails.getOrDefault(request.id, List.of()),
                    resulting));
        }
        return details;
    }
}
