package no.mila.dho.plan.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.plan.persistence.GoalConversationEntity;

/**
 * One version of a goal conversation (målsamtale): when it was held, what matters to the patient ("Hva er viktig for
 * deg?"), the goals agreed, the nurse's summary (for the GP), and who recorded this version and when.
 */
public record GoalConversationRecord(UUID id, UUID patientId, UUID episodeId, int versionNo, LocalDate heldOn,
                                     String whatMatters, List<String> goals, String summary,
                                     String recordedBySubject, String recordedByName, Instant recordedAt) {

    static GoalConversationRecord of(GoalConversationEntity g) {
        return new GoalConversationRecord(g.id, g.patientId, g.episodeId, g.versionNo, g.heldOn, g.whatMatters,
                List.copyOf(g.goals), g.summary, g.recordedBySubject, g.recordedByName, g.recordedAt);
    }
}
