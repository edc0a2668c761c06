package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;

/**
 * Registering a patient and referring them to a pathway in one step (the console's referral form): the registration
 * (the API's {@code POST /api/patients}) and the referral (the API's {@code POST /api/patients/{id}/episodes}) by the
 * same services, in one transaction, so that a refused referral leaves no patient registered without it. Nothing of
 * its own is decided here.
 */
@ApplicationScoped
public class RegisterAndRefer {

    private final PatientService patients;
    private final EpisodeIntake intake;

    public RegisterAndRefer(PatientService patients, EpisodeIntake intake) {
        this.patients = patients;
        this.intake = intake;
    }

    /** The new patient's id; a refusal of either service rolls both back. */
    @Transactional
    public UUID apply(PatientDetails patient, EpisodeCommands.Refer referral) {
        UUID id = patients.register(patient).patient().id();
        intake.refer(id, referral);
        return id;
    }
}
