package no.mila.dho.economics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.List;
import org.hibernate.annotations.Immutable;

/** One creation or change of a year's parameters (append-only, V23): the parameters before and after as JSON. */
@Entity
@Immutable
@Table(name = "economics_year_change")
public class YearChangeEntity extends Trail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String reason;

    @Column(name = "old_parameters")
    public String oldParameters;

    @Column(name = "new_parameters", nullable = false)
    public String newParameters;

    /** The year's changes, newest first. */
    public static List<YearChangeEntity> ofYear(int year) {
        return list("year = ?1 order by id desc", year);
    }
}
