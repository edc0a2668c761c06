package no.mila.dho.economics.persistence;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** One version of a year's estimated budget with its lines (append-only, V23): the newest is in force. */
@Entity
@Immutable
@Table(name = "economics_budget")
public class BudgetEntity extends Trail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(name = "version_no", nullable = false)
    public int versionNo;

    @Column(nullable = false)
    public String reason;

    @Column(nullable = false)
    public BigDecimal total;

    @OneToMany(mappedBy = "budget", cascade = CascadeType.PERSIST)
    @OrderBy("position")
    public List<BudgetLineEntity> lines = new ArrayList<>();

    /** The version in force. */
    public static Optional<BudgetEntity> current(int year) {
        return find("year = ?1 order by versionNo desc", year).firstResultOptional();
    }

    /** Every version, newest first. */
    public static List<BudgetEntity> versions(int year) {
        return list("year = ?1 order by versionNo desc", year);
    }
}
