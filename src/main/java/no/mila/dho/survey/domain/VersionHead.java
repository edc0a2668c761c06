package no.mila.dho.survey.domain;

import java.time.Instant;
import java.util.UUID;

/** A questionnaire version without its questions; {@code used}: a round used it, so it is immutable. */
public record VersionHead(UUID id, String title, UUID basedOn, Instant createdAt, String createdBy, Instant updatedAt,
                          long version, boolean used) {
}
