package no.mila.dho.survey.domain;

import java.time.Instant;
import java.util.UUID;

/** A round of the survey: its questionnaire version, year, when opened and closed, and the number invited. */
public record Round(UUID id, UUID surveyId, String title, int year, Instant openedAt, String openedBy,
                    Instant closedAt, long invited) {

    public boolean closed() {
        return closedAt != null;
    }
}
