package no.mila.dho.patient.application;

import java.util.UUID;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.persistence.EpisodeEntity;

/**
 * A patient's open (not ended) pathway episode, as other features read it: its pathway, its state and the
 * number of home-nursing visits a month at allocation (null before allocation).
 */
public record OpenEpisode(UUID id, UUID patientId, String pathway, EpisodeState state,
                          Integer baselineNursingVisitsPerMonth) {

    static OpenEpisode of(EpisodeEntity e) {
        return new OpenEpisode(e.id, e.patientId, e.pathway, e.state, e.baselineNursingVisitsPerMonth);
    }
}
