package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;

/**
 * DAY_14_SUMMARY: where the GP is responsible, after the 14-day baseline the follow-up service sends the GP the
 * goal-conversation summary with the baseline's measurements (their ids), for the dialogue on individual thresholds
 * and the medication of the self-management plan (seed 003, 2.2).
 */
public final class Day14SummaryMessage {

    /** The goal conversation (målsamtale) as the GP reads it. */
    public record Conversation(int version, LocalDate heldOn, String whatMatters, List<String> goals,
                               String summary) {
    }

    /** What the message says: the baseline [baselineFrom, baselineTo), its measurements, the thresholds now. */
    public record Facts(MessagePatient patient, String pathway, String pathwayName, UUID episodeId,
                        LocalDate baselineFrom, LocalDate baselineTo, Conversation conversation,
                        List<UUID> measurementIds, ThresholdSet thresholds, int thresholdVersion,
                        FollowUpService service) {
    }

    private Day14SummaryMessage() {
    }

    public static NewMessage toGp(UUID patientId, String gpHpr, Facts f) {
        Conversation c = f.conversation();
        String text = "Oppsummering for " + f.patient().named() + " etter de første 14 dagene i digital "
                + "hjemmeoppfølging (" + f.pathwayName() + "), " + Texts.date(f.baselineFrom()) + " til "
                + Texts.date(f.baselineTo().minusDays(1)) + ".\n\n"
                + "Målsamtale " + Texts.date(c.heldOn()) + ". Hva er viktig for pasienten: " + c.whatMatters() + "\n"
                + "Mål:\n" + Texts.bullets(c.goals(), "ingen mål avtalt")
                + (c.summary() == null ? "" : "\nOppsummering fra oppfølgingstjenesten: " + c.summary()) + "\n\n"
                + "Målinger i perioden: " + Texts.measurements(f.measurementIds().size())
                + (f.measurementIds().isEmpty() ? "." : " (vedlagt).") + "\n"
                + "Terskelverdier nå (versjon " + f.thresholdVersion() + "):\n"
                + Texts.bullets(ThresholdText.lines(f.thresholds()), "ingen terskelverdier") + "\n\n"
                + "Vi ber om dialog om individuelle terskelverdier og om medisiner i egenbehandlingsplanen.\n\n"
                + f.service().contactLine();
        return new NewMessage(patientId, MessageKind.DAY_14_SUMMARY, Addressee.gp(gpHpr),
                "Oppsummering etter 14 dager i digital hjemmeoppfølging", text,
                Payload.of(f.patient()).put("episodeId", f.episodeId()).put("pathway", f.pathway())
                        .put("baselineFrom", f.baselineFrom()).put("baselineTo", f.baselineTo())
                        .put("goalConversation", conversation(c))
                        .put("measurementIds", f.measurementIds().stream().map(UUID::toString).toList())
                        .put("thresholdVersion", f.thresholdVersion())
                        .put("thresholds", ThresholdText.payload(f.thresholds()))
                        .put("followUpService", f.service().payload()).map());
    }

    private static Map<String, Object> conversation(Conversation c) {
        return new Payload().put("version", c.version()).put("heldOn", c.heldOn()).put("whatMatters", c.whatMatters())
                .put("goals", c.goals()).put("summary", c.summary()).map();
    }
}
