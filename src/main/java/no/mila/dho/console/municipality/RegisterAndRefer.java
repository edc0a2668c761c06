package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.application.EpisodeIntake;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.PatientService;

/**
 * The referral form's one step: the registration (the API's {@code POST /api/patients}) and the referral to the
 * pathway (the API's {@code POST /api/patients/{id}/episodes}) by the same application services, in one transaction,
 * so that a refused referral leaves no patient registered without it. Nothing of its own is decided here.
 */
@ApplicationScoped
class RegisterAndRefer {

    private final PatientService patients;
    private final EpisodeIntake intake;

    RegisterAndRefer(PatientService patients, EpisodeIntake intake) {
        this.patients = patients;
        this.intake = intake;
    }

    /** The new patient's id; a refusal of either service rolls both back. */
    @Transactional
    UUID apply(PatientDetails patient, EpisodeCommands.Refer referral) {
        UUID id = patients.register(patient).patient().id();
        intake.refer(id, referral);
        return id;
    }
}
