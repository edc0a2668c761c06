package no.mila.dho.patient.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.persistence.EpisodeSpanRows;

/**
 * The allocated pathway episodes that overlap a range of days, for counting recipients (economics): each with its
 * patient, the patient's home municipality, the pathway, the first day followed (the allocation's start date), the
 * last day (the Oslo date of its ENDED transition; empty while open) and its pauses (from the PAUSED transitions).
 * The municipality is the patient's current one: the service keeps no history of moves (docs/economics.md).
 * Read-only; called within the caller's transaction or none.
 */
@ApplicationScoped
public class EpisodeSpans {

    private final EpisodeSpanRows rows;

    public EpisodeSpans(EpisodeSpanRows rows) {
        this.rows = rows;
    }

    /** The allocated episodes followed on some day from {@code from} to {@code to} (inclusive), of one or all municipalities. */
    public List<Span> between(LocalDate from, LocalDate to, Optional<String> municipality) {
        return rows.between(from, to, municipality);
    }

    /** The patients' names, "given family", by id (those not found are absent). */
    public Map<UUID, String> names(Collection<UUID> patients) {
        return rows.names(patients);
    }

    /**
     * One allocated episode.
     *
     * @param pauses in order; a pause ended by the episode's end has that day as {@code until}
     */
    public record Span(UUID episodeId, UUID patientId, String municipality, String pathway, LocalDate firstDay,
                       Optional<LocalDate> lastDay, List<Pause> pauses) {
    }

    /** Paused on {@code from}, resumed or ended on {@code until} (empty while paused). */
    public record Pause(LocalDate from, Optional<LocalDate> until) {
    }
}
