package no.mila.dho.patient.api;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.application.PatientRecord;
import no.mila.dho.patient.domain.NationalIdentityNumber;

/** A patient in a search result: the national id is masked; open the patient for the full record. */
public record PatientSummary(UUID id, String nationalIdMasked, String givenName, String familyName,
                             LocalDate birthDate, String municipality) {

    static PatientSummary of(PatientRecord p) {
        return new PatientSummary(p.id(), new NationalIdentityNumber(p.details().nationalId()).masked(),
                p.details().givenName(), p.details().familyName(), p.details().birthDate(),
                p.details().municipality());
    }
}
