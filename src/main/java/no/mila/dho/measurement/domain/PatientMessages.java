package no.mila.dho.measurement.domain;

import java.time.Instant;

/** What the patient is told at once about a report, in Norwegian (bokmål). */
public final class PatientMessages {

    public static final String MEASURE_DAILY = "Mål hver dag til målingene dine er i grønn sone igjen.";
    public static final String NOT_AN_EMERGENCY_SERVICE = "Ved akutt tung pust eller brystsmerter: ring 113. Blir du "
            + "ellers dårligere, ring fastlegen din eller legevakt på 116 117. Oppfølgingstjenesten er ikke en "
            + "akuttjeneste.";
    public static final String PLAN_NOT_READY = "Egenbehandlingsplanen din er under utarbeidelse. Inntil den er "
            + "klar: følg rådene du har fått av oppfølgingstjenesten eller legen din.";

    private PatientMessages() {
    }

    public static String headline(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn: Målingene dine er innenfor grensene dine.";
            case YELLOW -> "Gul: Noe har endret seg. Følg rådene for gul sone i egenbehandlingsplanen din.";
            case RED -> "Rød: Sykdommen din kan være i forverring. Følg rådene for rød sone i egenbehandlingsplanen din.";
        };
    }

    /**
     * When the follow-up service looks at a report received at {@code receivedAt}: within its hours, the hours;
     * outside them, when it next looks ("Oppfølgingstjenesten ser på målingen din mandag fra kl. 09.") and the hours.
     */
    public static String followUp(Instant receivedAt) {
        String hours = FollowUpHours.hours();
        return FollowUpHours.nextLook(receivedAt)
                .map(when -> "Oppfølgingstjenesten ser på målingen din " + when + ". Den ser på målingene " + hours + ".")
                .orElse("Oppfølgingstjenesten ser på målingene dine " + hours + ".");
    }
}
