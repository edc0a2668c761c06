package no.mila.dho.patient.application;

import java.util.UUID;
import no.mila.dho.patient.domain.PatientFacts;
import no.mila.dho.patient.persistence.PatientEntity;

/**
 * A patient in brief, as other features show them: the id, the name (given and family name, as lists show it)
 * and the facts that decide who sees them.
 */
public record PatientBrief(UUID id, String name, PatientFacts facts) {

    static PatientBrief of(PatientEntity p) {
        return new PatientBrief(p.id, nameOf(p), p.facts());
    }

    static String nameOf(PatientEntity p) {
        return p.givenName + " " + p.familyName;
    }
}
