package no.mila.dho.worklist.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.measurement.domain.Zone;

/**
 * What the cadence rules know of one patient on a day: the episode (start, whether still in baseline), the worst
 * zone of each day with reports (Oslo dates, recent days), the day of the last report ever, and the zone of the
 * latest report.
 */
public record CadenceFacts(String episodeId, LocalDate startDate, boolean inBaseline, Map<LocalDate, Zone> worstZoneByDay,
                           Optional<LocalDate> lastReportDay, Optional<Zone> latestReportZone) {
}
