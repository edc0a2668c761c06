package no.mila.dho.patient.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.UUID;
import no.mila.dho.audit.AuditContext;
import no.mila.dho.patient.domain.AccessPolicy;
import no.mila.dho.patient.domain.Actor;
import no.mila.dho.patient.domain.HospitalSharing;
import no.mila.dho.patient.domain.MeetingListing;
import no.mila.dho.patient.domain.PatientFacts;
import no.mila.dho.patient.domain.Visibility;
import no.mila.dho.patient.persistence.HospitalSharingReads;
import no.mila.dho.patient.persistence.MeetingAccessEntity;
import no.mila.dho.patient.persistence.PatientEntity;
import no.mila.dho.patient.persistence.PatientScope;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;

/**
 * The one gate to a patient's data: loads a patient only when the caller may see them (by
 * {@link AccessPolicy}); otherwise answers 404 exactly as for a patient that does not exist, and marks the
 * access log entry as denied. Searches are narrowed the same way.
 */
@ApplicationScoped
public class PatientAccess {

    private final CurrentUser user;
    private final AuditContext audit;
    private final HospitalSharingReads sharing;
    private final Clock clock;

    public PatientAccess(CurrentUser user, AuditContext audit, HospitalSharingReads sharing, Clock clock) {
        this.user = user;
        this.audit = audit;
        this.sharing = sharing;
        this.clock = clock;
    }

    /** A patient together with how much of them the caller sees. */
    public record VisiblePatient(PatientEntity patient, Visibility visibility) {
    }

    public Actor actor() {
        return new Actor(user.subject(), user.roles(), user.hpr(), user.municipality(), user.hospital(),
                user.department());
    }

    /** The patient, if the caller may see at least their registration; else 404. */
    public VisiblePatient require(UUID patientId) {
        PatientEntity patient = PatientEntity.findById(patientId);
        if (patient == null) {
            audit.patient(patientId);
            throw ProblemException.notFound("Patient " + patientId);
        }
        Actor actor = actor();
        HospitalSharing sharing = AccessPolicy.isHospitalClient(actor) ? sharing(patientId) : HospitalSharing.NONE;
        MeetingListing listing = actor.isSpecialist()
                ? MeetingListing.at(clock.instant(), MeetingAccessEntity.openOf(patientId, clock.instant()))
                : MeetingListing.NONE;
        Visibility visibility = AccessPolicy.visibility(actor, patient.facts(), sharing, listing);
        if (visibility == Visibility.NONE) {
            audit.refused(patientId);
            throw ProblemException.notFound("Patient " + patientId);
        }
        audit.patient(patientId);
        if (AccessPolicy.onlyThroughMeeting(actor, patient.facts(), listing)) {
            audit.reason(MeetingListing.reason(actor.department().orElseThrow()));
        }
        return new VisiblePatient(patient, visibility);
    }

    private HospitalSharing sharing(UUID patientId) {
        return sharing.of(patientId, clock.instant());
    }

    /** The patient, if the caller may see their clinical data (nurse, their physician); else 404. */
    public PatientEntity requireClinical(UUID patientId) {
        VisiblePatient visible = require(patientId);
        if (!visible.visibility().seesClinical()) {
            audit.refused(patientId);
            throw ProblemException.notFound("Patient " + patientId);
        }
        return visible.patient();
    }

    /** The patient in brief, if the caller may see their clinical data (nurse, their physician); else 404. */
    public PatientBrief requireClinicalBrief(UUID patientId) {
        return PatientBrief.of(requireClinical(patientId));
    }

    /** What decides who sees the patient, if the caller may see their clinical data; else 404. */
    public PatientFacts requireClinicalFacts(UUID patientId) {
        return requireClinical(patientId).facts();
    }

    /** Whether the caller is a physician and the GP or responsible physician of this patient. */
    public boolean isPatientsPhysician(PatientFacts patient) {
        return user.hasRole(AccessPolicy.PHYSICIAN) && AccessPolicy.isResponsiblePhysician(actor(), patient);
    }

    /** The id of the patient whose login the caller is (role patient); else 404. */
    public UUID requireSelfId() {
        return requireSelf().id;
    }

    /** The patient whose login the caller is (role patient); else 404. */
    public PatientEntity requireSelf() {
        PatientEntity patient = PatientEntity.byLoginSubject(user.subject()).orElseThrow(() ->
                ProblemException.notFound("A patient record linked to your login"));
        audit.patient(patient.id);
        return patient;
    }

    /** A patient that exists, for roles that act on the record without seeing it (admin: login links). */
    public PatientEntity requireExisting(UUID patientId) {
        audit.patient(patientId);
        PatientEntity patient = PatientEntity.findById(patientId);
        if (patient == null) {
            throw ProblemException.notFound("Patient " + patientId);
        }
        return patient;
    }

    /**
     * The JPQL condition that limits a search on {@code PatientEntity p} to the patients the caller may see,
     * with its parameters added to {@code params}. It is one parenthesised predicate, to be joined with others
     * by {@code AND}; it holds no caller input (the caller's HPR number and municipality are bound parameters).
     */
    public String searchScope(Parameters params) {
        return PatientScope.jpql(actor(), params, clock.instant());
    }

    /** The same condition for a native SQL query on {@code patient_responsibility_view p}. */
    public String nativeSearchScope(Parameters params) {
        return PatientScope.sql(actor(), params, clock.instant());
    }
}
