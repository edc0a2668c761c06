package no.mila.dho.patient.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.outbox.domain.SharingParty;
import no.mila.dho.patient.domain.Consent;
import no.mila.dho.shared.persistence.SqlValues;

/**
 * The patient's consent as stored: the oral consent of the newest referral and the written consent of the newest
 * allocation (both on {@code episode}), and the changes to sharing ({@code consent_change}, append-only).
 */
@ApplicationScoped
public class ConsentRows {

    /** One change with who recorded it and why, for the trail. */
    public record Row(UUID id, long seq, SharingParty party, Consent.Action action, LocalDate consentDate,
                      String reason, Instant recordedAt, String recordedBySubject, String recordedByName,
                      String recordedByRole) {

        public Consent.Change change() {
            return new Consent.Change(seq, party, action, recordedAt);
        }
    }

    /** The written consent of an allocation, for the trail. */
    public record WrittenRow(UUID episodeId, LocalDate date, String collectedBySubject, String collectedByName) {
    }

    private static final String CHANGES = """
            SELECT id, seq, party, action, consent_date, reason, recorded_at, recorded_by_subject, recorded_by_name,
                   recorded_by_role
            FROM consent_change WHERE patient_id = :patient ORDER BY recorded_at, seq""";

    private static final String INSERT = """
            INSERT INTO consent_change (id, patient_id, party, action, consent_date, reason, recorded_at,
                recorded_by_subject, recorded_by_name, recorded_by_role)
            VALUES (:id, :patient, :party, :action, CAST(:consentDate AS DATE), :reason, :at, :subject, :name, :role)""";

    private final EntityManager em;

    public ConsentRows(EntityManager em) {
        this.em = em;
    }

    /** The patient's consent, as the rules of {@link Consent} read it. */
    public Consent of(UUID patientId, ZoneId zone) {
        Optional<Instant> oral = EpisodeEntity.latestOf(patientId).filter(e -> e.referralOralConsent)
                .map(e -> e.referredOn.atStartOfDay(zone).toInstant());
        Optional<Consent.Written> written = writtenOf(patientId)
                .map(w -> new Consent.Written(w.date(), w.collectedByName()));
        return new Consent(oral, written, changes(patientId).stream().map(Row::change).toList());
    }

    /** Every written consent of the patient's allocations, oldest first. */
    public List<WrittenRow> writtenConsents(UUID patientId) {
        return EpisodeEntity.<EpisodeEntity>list("patientId = ?1 and consentDate is not null order by referredOn, id",
                        patientId).stream()
                .map(e -> new WrittenRow(e.id, e.consentDate, e.consentCollectedBySubject, e.consentCollectedByName))
                .toList();
    }

    private Optional<WrittenRow> writtenOf(UUID patientId) {
        List<WrittenRow> all = writtenConsents(patientId);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
    }

    @SuppressWarnings("unchecked")
    public List<Row> changes(UUID patientId) {
        List<Tuple> rows = em.createNativeQuery(CHANGES, Tuple.class).setParameter("patient", patientId)
                .getResultList();
        return rows.stream().map(ConsentRows::row).toList();
    }

    public void insert(UUID patientId, SharingParty party, Consent.Action action, LocalDate consentDate,
                       String reason, Instant at, String subject, String name, String role) {
        em.createNativeQuery(INSERT)
                .setParameter("id", UUID.randomUUID())
                .setParameter("patient", patientId)
                .setParameter("party", party.name())
                .setParameter("action", action.name())
                .setParameter("consentDate", consentDate)
                .setParameter("reason", reason)
                .setParameter("at", Timestamp.from(at))
                .setParameter("subject", subject)
                .setParameter("name", name)
                .setParameter("role", role)
                .executeUpdate();
    }

    private static Row row(Tuple t) {
        return new Row(t.get("id", UUID.class), ((Number) t.get("seq")).longValue(),
                SharingParty.valueOf(t.get("party", String.class)),
                Consent.Action.valueOf(t.get("action", String.class)), SqlValues.localDate(t.get("consent_date")),
                t.get("reason", String.class), SqlValues.instant(t.get("recorded_at")), t.get("recorded_by_subject", String.class),
                t.get("recorded_by_name", String.class), t.get("recorded_by_role", String.class));
    }
}
