package no.mila.dho.patient.application;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.patient.domain.ReferralSource;

/**
 * Fired (synchronously, in the referral's transaction) when a patient is referred to a pathway (henvisning): who
 * referred ({@code department} for a hospital department's referral), on which date, and who recorded it.
 */
public record PatientReferred(UUID patientId, UUID episodeId, String pathway, ReferralSource source,
                              String department, LocalDate referredOn, String bySubject, String byName) {
}
