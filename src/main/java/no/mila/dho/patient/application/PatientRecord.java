package no.mila.dho.patient.application;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.patient.persistence.PatientEntity;

/** A patient's registration as stored, with whether their login is linked and the optimistic-locking version. */
public record PatientRecord(UUID id, PatientDetails details, boolean loginLinked, long version, Instant createdAt,
                            Instant updatedAt) {

    static PatientRecord of(PatientEntity p) {
        return new PatientRecord(p.id, PatientDetails.of(p), p.loginSubject != null, p.version, p.createdAt,
                p.updatedAt);
    }
}
