package no.mila.dho.patient.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.domain.HospitalSharing;
import no.mila.dho.shared.time.ClockProducer;

/**
 * What a patient shares with hospitals ({@link HospitalSharing}): whether the patient's consent allows sharing with the
 * hospital at the moment asked ({@link ConsentRows}: the written consent of allocation, unless withdrawn since), and
 * the hospitals of the responsible department and of the referring department of the newest episode with written
 * consent (open or ended). Read from the database at every call, never cached: a withdrawal ends access at once.
 */
@ApplicationScoped
public class HospitalSharingReads {

    private static final String SHARING = """
            SELECT d.hospital AS hospital
            FROM patient p
            JOIN LATERAL (SELECT e.referral_department FROM episode e
                          WHERE e.patient_id = p.id AND e.consent_date IS NOT NULL
                          ORDER BY e.referred_on DESC, e.id LIMIT 1) consented ON TRUE
            LEFT JOIN hospital_department d ON d.code IN (p.responsible_department, consented.referral_department)
            WHERE p.id = :patient""";

    private final EntityManager em;
    private final ConsentRows consent;

    public HospitalSharingReads(EntityManager em, ConsentRows consent) {
        this.em = em;
        this.consent = consent;
    }

    /** What the patient shares with hospitals at {@code at}. */
    @SuppressWarnings("unchecked")
    public HospitalSharing of(UUID patientId, Instant at) {
        boolean allowed = consent.of(patientId, ClockProducer.OSLO).allows(SharingParty.HOSPITAL, at, ClockProducer.OSLO);
        if (!allowed) {
            return HospitalSharing.NONE;
        }
        List<Tuple> rows = em.createNativeQuery(SHARING, Tuple.class).setParameter("patient", patientId).getResultList();
        if (rows.isEmpty()) {
            return HospitalSharing.NONE;
        }
        Set<String> hospitals = rows.stream().map(r -> r.get("hospital", String.class)).filter(h -> h != null)
                .collect(Collectors.toSet());
        return new HospitalSharing(true, hospitals);
    }
}
