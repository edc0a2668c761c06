package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.measurement.domain.ThresholdSet;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;

/**
 * INCLUSION: the follow-up service tells the GP that their patient is included (seed 003, 2.2): the service, the
 * thresholds in force, the measurements so far (their ids, as Observations for a FHIR receiver) and the phone number.
 */
public final class InclusionMessage {

    /** What the message says. {@code pathwayName} in Norwegian (e.g. "KOLS"). */
    public record Facts(MessagePatient patient, String pathway, String pathwayName, UUID episodeId,
                        LocalDate startDate, ThresholdSet thresholds, int thresholdVersion,
                        List<UUID> measurementIds, FollowUpService service) {
    }

    private InclusionMessage() {
    }

    public static NewMessage toGp(UUID patientId, String gpHpr, Facts f) {
        String text = "Din pasient " + f.patient().named() + " er inkludert i digital hjemmeoppfølging ("
                + f.pathwayName() + ") fra " + Texts.date(f.startDate()) + ".\n\n"
                + "De første 14 dagene sender pasienten målinger daglig, vurdert etter trafikklysmodellen mot "
                + "forløpets standard terskelverdier (versjon " + f.thresholdVersion() + "):\n"
                + Texts.bullets(ThresholdText.lines(f.thresholds()), "ingen terskelverdier") + "\n\n"
                + (f.measurementIds().isEmpty() ? "Pasienten har ikke sendt målinger ennå."
                        : "Målinger så langt: " + Texts.measurements(f.measurementIds().size()) + " (vedlagt).")
                + "\n\nEtter 14 dager sender vi en oppsummering med målsamtalen og målingene, til dialog om "
                + "individuelle terskelverdier og medisiner i egenbehandlingsplanen.\n\n" + f.service().contactLine();
        return new NewMessage(patientId, MessageKind.INCLUSION, Addressee.gp(gpHpr),
                "Pasient inkludert i digital hjemmeoppfølging (" + f.pathwayName() + ")", text,
                Payload.of(f.patient()).put("episodeId", f.episodeId()).put("pathway", f.pathway())
                        .put("startDate", f.startDate()).put("thresholdVersion", f.thresholdVersion())
                        .put("thresholds", ThresholdText.payload(f.thresholds()))
                        .put("measurementIds", f.measurementIds().stream().map(UUID::toString).toList())
                        .put("followUpService", f.service().payload()).map());
    }
}
