package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;

/**
 * MEETING_OUTCOME: the weekly interdisciplinary meeting's outcome for a patient, for the GP, and for home nursing
 * where the patient has it and the outcome changes something ({@link #toHomeNursing}).
 */
public final class MeetingOutcomeMessage {

    /** The outcome ({@code outcome}: the meeting's code, e.g. PLAN_CHANGED) and the meeting's note, if any. */
    public record Facts(MessagePatient patient, UUID meetingItemId, String department, String departmentName,
                        LocalDate decidedOn, String outcome, String note) {
    }

    private MeetingOutcomeMessage() {
    }

    /** Home nursing hears of an outcome that changes the care (not of "no action"), where the patient has it. */
    public static boolean toHomeNursing(String outcome, boolean hasHomeNursing) {
        return hasHomeNursing && !"NO_ACTION".equals(outcome);
    }

    public static NewMessage to(UUID patientId, Addressee to, Facts f) {
        String text = f.patient().named() + " ble drøftet i det tverrfaglige møtet mellom oppfølgingstjenesten og "
                + f.departmentName() + " " + Texts.date(f.decidedOn()) + ".\n\nUtfall: " + label(f.outcome()) + "."
                + (f.note() == null || f.note().isBlank() ? "" : "\nNotat fra møtet: " + f.note().strip());
        return new NewMessage(patientId, MessageKind.MEETING_OUTCOME, to,
                "Utfall fra tverrfaglig møte: " + label(f.outcome()), text,
                Payload.of(f.patient()).put("meetingItemId", f.meetingItemId()).put("department", f.department())
                        .put("decidedOn", f.decidedOn()).put("outcome", f.outcome()).put("note", f.note()).map());
    }

    /** The outcome in Norwegian. */
    static String label(String outcome) {
        return switch (outcome) {
            case "PLAN_CHANGED" -> "endret egenbehandlingsplan";
            case "THRESHOLD_CHANGE_PROPOSED" -> "forslag om nye terskelverdier";
            case "URGENT_OUTPATIENT_APPOINTMENT" -> "hastetime på poliklinikken";
            case "NO_ACTION" -> "ingen endring";
            default -> throw new IllegalArgumentException("Unknown meeting outcome " + outcome);
        };
    }
}
