package no.mila.dho.collaboration.domain;

import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.MessageKind;
import no.mila.dho.outbox.domain.NewMessage;
import no.mila.dho.patient.domain.ReferralSource;

/**
 * REFERRAL_TO_ASSESS: a hospital or self-referral passed to the coordinator of the patient's home municipality, who
 * decides allocation (seed 003, 2.2). No clinical content: who is referred (with the phone number, for the home
 * visit), to which pathway, by whom and when.
 */
public final class ReferralMessage {

    /** The referral; {@code departmentName} only for a hospital department's referral. */
    public record Facts(MessagePatient patient, String phone, String municipality, String pathway,
                        String pathwayName, UUID episodeId, ReferralSource source, String department,
                        String departmentName, LocalDate referredOn, FollowUpService service) {
    }

    private ReferralMessage() {
    }

    /**
     * Whether a referral from {@code source} goes to the coordinator to assess: a hospital department's, the
     * patient's own, and a relative's (made on the patient's behalf, as a self-referral). A GP or home nursing refers
     * within the municipality's own services.
     */
    public static boolean goesToCoordinator(ReferralSource source) {
        return switch (source) {
            case HOSPITAL_DEPARTMENT, SELF, RELATIVE -> true;
            case GP, HOME_NURSING -> false;
        };
    }

    public static NewMessage toCoordinator(UUID patientId, Facts f) {
        String text = f.patient().named() + (f.phone() == null ? "" : ", telefon " + f.phone())
                + ", er henvist til digital hjemmeoppfølging (" + f.pathwayName() + ") " + Texts.date(f.referredOn())
                + " av " + by(f) + ", med pasientens muntlige samtykke.\n\n"
                + "Som DHO-koordinator i pasientens hjemkommune vurderer du tildeling: kartleggingsbesøk, skriftlig "
                + "samtykke og utlevering av utstyr.\n\n" + f.service().contactLine();
        return new NewMessage(patientId, MessageKind.REFERRAL_TO_ASSESS, Addressee.coordinator(f.municipality()),
                "Henvisning til digital hjemmeoppfølging til vurdering", text,
                Payload.of(f.patient()).put("phone", f.phone()).put("episodeId", f.episodeId())
                        .put("pathway", f.pathway()).put("source", f.source()).put("department", f.department())
                        .put("referredOn", f.referredOn()).put("followUpService", f.service().payload()).map());
    }

    private static String by(Facts f) {
        return switch (f.source()) {
            case HOSPITAL_DEPARTMENT -> f.departmentName() == null ? "sykehuset" : f.departmentName();
            case SELF -> "pasienten selv";
            case RELATIVE -> "pårørende";
            case GP -> "fastlegen";
            case HOME_NURSING -> "hjemmesykepleien";
        };
    }
}
