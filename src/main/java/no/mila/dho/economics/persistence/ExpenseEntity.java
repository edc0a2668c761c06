package no.mila.dho.economics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import no.mila.dho.economics.domain.BudgetKind;
import org.hibernate.annotations.Immutable;

/** One booked expense of the follow-up service (append-only ledger, V23); a correction is a negative entry. */
@Entity
@Immutable
@Table(name = "economics_expense")
public class ExpenseEntity extends Trail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetKind kind;

    @Column(name = "booked_on", nullable = false)
    public LocalDate bookedOn;

    @Column(nullable = false)
    public BigDecimal amount;

    public String text;

    /** The year's entries by booking date, then entry. */
    public static List<ExpenseEntity> ofYear(int year) {
        return list("year = ?1 order by bookedOn, id", year);
    }
}
