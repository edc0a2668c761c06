package no.mila.dho.economics.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One entry or change of a municipality's inhabitants for a year (append-only, V23). */
@Entity
@Immutable
@Table(name = "economics_population_change")
public class PopulationChangeEntity extends Trail {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public String municipality;

    public String reason;

    @Column(name = "old_inhabitants")
    public Integer oldInhabitants;

    @Column(name = "new_inhabitants", nullable = false)
    public int newInhabitants;
}
