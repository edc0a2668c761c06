package no.mila.dho.console.municipality;

import java.util.Map;
import java.util.UUID;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/** What the coordinator's pages share: their addresses, the notice after a step, and how a refusal is shown. */
final class PatientPages {

    static final String ROOT = "/console/municipality";

    private static final Map<String, String> NOTICES = Map.of(
            "henvist", "Pasienten er registrert og henvist. Neste steg er kartleggingen.",
            "kartlagt", "Kartleggingen er lagret. Neste steg er tildelingen.",
            "tildelt", "Pasienten er tildelt forløpet med skriftlig samtykke. De første 14 dagene er i gang.",
            "utlevert", "Utstyret er registrert som utlevert.",
            "returnert", "Utstyret er registrert som returnert.");

    private PatientPages() {
    }

    /** {@code /console/municipality/patients/{id}/{page}}. */
    static String path(UUID patientId, String page) {
        return ROOT + "/patients/" + patientId + "/" + page;
    }

    /** The notice of the step just done ({@code ?utfort=}), or null. */
    static String notice(String done) {
        return done == null ? null : NOTICES.get(done);
    }

    /**
     * The form with the service's refusal: each violation next to its field, the reason as the page's message. A 404
     * (a patient the caller may not see, or none) stays the console's error page: nothing of the patient is shown.
     */
    static FormState refused(FormState form, ProblemException e) {
        if (e.type() == ProblemType.NOT_FOUND) {
            throw e;
        }
        for (FieldViolation v : e.violations()) {
            String field = v.field().startsWith("answers.") ? "answer." + v.field().substring("answers.".length())
                    : v.field();
            form.problem(field, MunicipalityTexts.fieldProblem(v));
        }
        return form.message(MunicipalityTexts.refusal(e.type()));
    }
}
