package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.patient.domain.EndReason;

/**
 * END_DECIDED and ENDED: the end of a pathway (avslutning), decided with notice and then taking effect, for the
 * recipients of {@link EndRecipients}. The patient is told by the follow-up service, with whom the end is decided
 * (the messages say so); they are not a recipient of these messages.
 */
public final class EndMessages {

    /** The end: {@code date} is the planned end (END_DECIDED) or the day it ended (ENDED). */
    public record Facts(MessagePatient patient, String pathway, String pathwayName, UUID episodeId,
                        EndReason reason, String reasonText, LocalDate date, boolean wasAllocated,
                        FollowUpService service) {
    }

    private EndMessages() {
    }

    public static NewMessage decided(UUID patientId, Addressee to, Facts f) {
        String text = "Digital hjemmeoppfølging (" + f.pathwayName() + ") av " + f.patient().named()
                + " avsluttes " + Texts.date(f.date()) + ", etter dialog med hjemkommunens DHO-koordinator. "
                + "Oppfølgingen fortsetter som før fram til da.\n\n" + reason(to, f)
                + "\n\nPasienten er informert av oppfølgingstjenesten.\n\n" + f.service().contactLine();
        return new NewMessage(patientId, MessageKind.END_DECIDED, to,
                "Digital hjemmeoppfølging avsluttes " + Texts.date(f.date()), text,
                payload(to, f).put("plannedEndDate", f.date()).map());
    }

    public static NewMessage ended(UUID patientId, Addressee to, Facts f) {
        String what = f.wasAllocated()
                ? "Digital hjemmeoppfølging (" + f.pathwayName() + ") av " + f.patient().named() + " er avsluttet "
                        + Texts.date(f.date()) + "."
                : "Henvisningen av " + f.patient().named() + " til digital hjemmeoppfølging (" + f.pathwayName()
                        + ") er avsluttet " + Texts.date(f.date()) + " uten at pasienten ble inkludert.";
        String text = what + "\n\n" + reason(to, f) + "\n\nPasienten er informert av oppfølgingstjenesten."
                + (f.wasAllocated() ? " Utstyr som er lånt ut hentes etter avtale med hjemkommunen." : "")
                + "\n\n" + f.service().contactLine();
        return new NewMessage(patientId, MessageKind.ENDED, to, "Digital hjemmeoppfølging avsluttet", text,
                payload(to, f).put("endedOn", f.date()).put("wasIncluded", f.wasAllocated()).map());
    }

    private static String reason(Addressee to, Facts f) {
        boolean detail = EndRecipients.readsClinicalDetail(to) && f.reasonText() != null && !f.reasonText().isBlank();
        return "Årsak: " + label(f.reason()) + "." + (detail ? " " + f.reasonText().strip() : "");
    }

    private static Payload payload(Addressee to, Facts f) {
        return Payload.of(f.patient()).put("episodeId", f.episodeId()).put("pathway", f.pathway())
                .put("reason", f.reason())
                .put("reasonText", EndRecipients.readsClinicalDetail(to) ? f.reasonText() : null)
                .put("patientInformedBy", "FOLLOW_UP_SERVICE");
    }

    /** The reason in Norwegian. */
    static String label(EndReason reason) {
        return switch (reason) {
            case NO_LONGER_BENEFITS -> "pasienten har ikke lenger nytte av oppfølgingen";
            case CONFLICTS_WITH_OTHER_SERVICES -> "oppfølgingen kolliderer med andre tjenester";
            case NOT_INCLUDED -> "pasienten ble ikke inkludert";
            case PATIENT_WISH -> "pasientens eget ønske";
            case NOT_REPORTING -> "pasienten sender ikke målinger";
            case MOVED_OUT_OF_PARTNER_MUNICIPALITY -> "pasienten har flyttet ut av samarbeidskommunene";
            case LONG_TERM_CARE -> "pasienten har fått langtidsopphold";
            case DECEASED -> "pasienten er død";
            case OTHER -> "annen årsak";
        };
    }
}
