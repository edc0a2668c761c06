package no.mila.dho.economics.persistence;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import no.mila.dho.economics.domain.BudgetKind;
import org.hibernate.annotations.Immutable;

/** One line of a budget version (append-only, V23). */
@Entity
@Immutable
@Table(name = "economics_budget_line")
public class BudgetLineEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "budget_id")
    public BudgetEntity budget;

    @Column(nullable = false)
    public int position;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BudgetKind kind;

    @Column(nullable = false)
    public String text;

    @Column(nullable = false)
    public BigDecimal amount;
}
