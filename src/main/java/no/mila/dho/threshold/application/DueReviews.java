package no.mila.dho.threshold.application;

import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.patient.application.PatientAccess;
import no.mila.dho.patient.application.PatientQueries;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.threshold.domain.ChangeStatus;
import no.mila.dho.threshold.persistence.BaselineEpisodes;
import no.mila.dho.threshold.persistence.ThresholdChangeRequestEntity;

/** The threshold reviews due: patients past the 14-day baseline who are still on the pathway defaults. */
@ApplicationScoped
public class DueReviews {

    /** Days of baseline before the threshold review is due (domain: individual thresholds after 14 days). */
    public static final int BASELINE_DAYS = EpisodeState.BASELINE_DAYS;

    /** A patient whose baseline is over and who has no individual thresholds yet. */
    public record DueReview(UUID patientId, String patientName, String municipality, String pathway, UUID episodeId,
                            LocalDate baselineStart, LocalDate dueDate, long daysOverdue, UUID openRequestId,
                            ChangeStatus openRequestStatus) {
    }

    private final PatientAccess access;
    private final PatientQueries patients;
    private final Clock clock;
    private final BaselineEpisodes episodes;

    public DueReviews(PatientAccess access, PatientQueries patients, Clock clock, BaselineEpisodes episodes) {
        this.access = access;
        this.patients = patients;
        this.clock = clock;
        this.episodes = episodes;
    }

    /**
     * Patients whose 14-day baseline is over (review due on the start date + 14 days, today or before) and who
     * are still on the pathway defaults, most overdue first, with the open change request if any.
     */
    public Page<DueReview> page(PageRequest page) {
        LocalDate today = ClockProducer.today(clock);
        Parameters params = new Parameters();
        String scope = access.nativeSearchScope(params);
        Page<BaselineEpisodes.Row> rows = episodes.startedBy(today.minusDays(BASELINE_DAYS), scope, params, page);
        Map<UUID, String> names = patients.namesOf(rows.items().stream().map(BaselineEpisodes.Row::patientId)
                .distinct().toList());
        return rows.map(row -> due(row, names.get(row.patientId()), today));
    }

    private static DueReview due(BaselineEpisodes.Row episode, String patientName, LocalDate today) {
        LocalDate dueDate = episode.start().plusDays(BASELINE_DAYS);
        Optional<ThresholdChangeRequestEntity> open = ThresholdChangeRequestEntity.openOf(episode.patientId());
        return new DueReview(episode.patientId(), patientName, episode.municipality(), episode.pathway(),
                episode.episodeId(), episode.start(), dueDate, ChronoUnit.DAYS.between(dueDate, today),
                open.map(r -> r.id).orElse(null), open.map(r -> r.status).orElse(null));
    }
}
