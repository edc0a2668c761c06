package no.mila.dho.collaboration.application;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.collaboration.domain.Day14Rule;
import no.mila.dho.collaboration.domain.Day14SummaryMessage;
import no.mila.dho.collaboration.persistence.Day14Rows;
import no.mila.dho.outbox.application.Outbox;
import no.mila.dho.patient.application.PatientParties;
import no.mila.dho.plan.application.GoalConversationRecord;
import no.mila.dho.plan.application.GoalConversations;
import no.mila.dho.shared.jobs.Job;
import no.mila.dho.shared.jobs.JobRuns;
import no.mila.dho.shared.time.ClockProducer;
import no.mila.dho.threshold.application.StoredThresholdSet;
import org.jboss.logging.Logger;

/**
 * Sends the day-14 summary to the GP ({@link Day14Rule}): every morning, for the allocated episodes at day 14 or
 * later whose goal conversation is recorded, the newest version of it with the baseline's measurements. Exactly once
 * per episode, also run twice or on several replicas: each episode is claimed in {@code day_14_summary} (primary key)
 * in the transaction that writes the message; a claim taken elsewhere leaves the episode alone. A conversation
 * recorded on day 14 or later goes out the next morning; a later correction is not sent again.
 */
@ApplicationScoped
public class Day14SummaryJob {

    private static final Logger LOG = Logger.getLogger(Day14SummaryJob.class);
    private static final int BATCH = 100;

    private final Day14Rows rows;
    private final MessageFacts facts;
    private final GoalConversations conversations;
    private final Outbox outbox;
    private final CollaborationConfig config;
    private final Clock clock;
    private final JobRuns runs;

    Day14SummaryJob(Day14Rows rows, MessageFacts facts, GoalConversations conversations, Outbox outbox,
                    CollaborationConfig config, Clock clock, JobRuns runs) {
        this.rows = rows;
        this.facts = facts;
        this.conversations = conversations;
        this.outbox = outbox;
        this.config = config;
        this.clock = clock;
        this.runs = runs;
    }

    @Scheduled(cron = "{dho.collaboration.day-14-cron}", timeZone = "Europe/Oslo", identity = "day-14-summary")
    void daily() {
        run(ClockProducer.today(clock));
    }

    /** Deals with every episode due a summary on {@code today}; returns how many summaries were written. */
    public int run(LocalDate today) {
        int sent = 0;
        List<Day14Rows.Due> due;
        do {
            due = QuarkusTransaction.requiringNew().call(() -> rows.due(Day14Rule.startedBy(today), BATCH));
            for (Day14Rows.Due episode : due) {
                if (QuarkusTransaction.requiringNew().call(() -> send(episode))) {
                    sent++;
                }
            }
        } while (due.size() == BATCH);
        if (sent > 0) {
            LOG.infof("Day-14 summaries %s: %d written", today, sent);
        }
        runs.succeeded(Job.DAY_14_SUMMARY);
        return sent;
    }

    /** Claims the episode's summary and, where the GP is responsible, writes it; true if written here. */
    private boolean send(Day14Rows.Due episode) {
        PatientParties p = facts.parties(episode.patientId());
        Day14Rule.Outcome outcome = Day14Rule.decide(p.gpHpr(), p.responsiblePhysicianHpr());
        if (!rows.claim(episode.episodeId(), episode.patientId(), outcome.name(), clock.instant())
                || outcome != Day14Rule.Outcome.SENT) {
            return false;
        }
        GoalConversationRecord c = conversations.latestOfEpisode(episode.episodeId()).orElseThrow();
        StoredThresholdSet thresholds = facts.thresholdsInForce(episode.patientId());
        LocalDate end = Day14Rule.baselineEnd(episode.startDate());
        List<UUID> measured = facts.measurementIds(episode.patientId(), episode.startDate(), end);
        UUID message = outbox.write(Day14SummaryMessage.toGp(episode.patientId(), p.gpHpr(),
                new Day14SummaryMessage.Facts(MessageFacts.patient(p), episode.pathway(),
                        facts.pathwayName(episode.pathway()), episode.episodeId(), episode.startDate(), end,
                        new Day14SummaryMessage.Conversation(c.versionNo(), c.heldOn(), c.whatMatters(), c.goals(),
                                c.summary()), measured, thresholds.thresholds(), thresholds.versionNo(),
                        config.service())), "system", "Oppfølgingstjenesten (dag 14-oppsummering)");
        rows.sent(episode.episodeId(), message);
        return true;
    }
}
