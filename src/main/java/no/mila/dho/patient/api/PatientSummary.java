package no.mila.dho.patient.api;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.patient.persistence.PatientEntity;

/** A patient in a search result: the national id is masked; open the patient for the full record. */
public record PatientSummary(UUID id, String nationalIdMasked, String givenName, String familyName,
                             LocalDate birthDate, String municipality) {

    static PatientSummary of(PatientEntity p) {
        return new PatientSummary(p.id, new NationalIdentityNumber(p.nationalId).masked(), p.givenName,
                p.familyName, p.birthDate, p.municipality);
    }
}
