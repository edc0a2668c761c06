package no.mila.dho.survey.api;

import java.time.Instant;
import java.util.UUID;
import no.mila.dho.survey.domain.Round;

/** A round: its questionnaire, year, when opened and closed, and how many patients were invited. */
public record RoundView(UUID id, UUID surveyId, String title, int year, Instant openedAt, Instant closedAt,
                        boolean closed, long invited) {

    static RoundView of(Round r) {
        return new RoundView(r.id(), r.surveyId(), r.title(), r.year(), r.openedAt(), r.closedAt(), r.closed(),
                r.invited());
    }
}
