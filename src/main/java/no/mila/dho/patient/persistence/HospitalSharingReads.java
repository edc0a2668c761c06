package no.mila.dho.patient.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import no.mila.dho.patient.domain.HospitalSharing;

/**
 * What a patient shares with hospitals ({@link HospitalSharing}): the patient's newest episode with written consent
 * (open or ended), and the hospitals of the responsible department and of that episode's referring department.
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

    public HospitalSharingReads(EntityManager em) {
        this.em = em;
    }

    @SuppressWarnings("unchecked")
    public HospitalSharing of(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery(SHARING, Tuple.class).setParameter("patient", patientId).getResultList();
        if (rows.isEmpty()) {
            return HospitalSharing.NONE;
        }
        Set<String> hospitals = rows.stream().map(r -> r.get("hospital", String.class)).filter(h -> h != null)
                .collect(Collectors.toSet());
        return new HospitalSharing(true, hospitals);
    }
}
