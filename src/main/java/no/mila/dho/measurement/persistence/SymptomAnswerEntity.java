package no.mila.dho.measurement.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.UUID;
import no.mila.dho.measurement.domain.Zone;

/** The answer to one symptom question in a report. */
@Entity
@Table(name = "symptom_answer")
@IdClass(SymptomAnswerEntity.Key.class)
public class SymptomAnswerEntity extends PanacheEntityBase {

    /** Composite key: report and question. */
    public record Key(UUID reportId, String question) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "report_id")
    public UUID reportId;

    @Id
    public String question;

    @Column(nullable = false)
    public String option;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Zone zone;
}
