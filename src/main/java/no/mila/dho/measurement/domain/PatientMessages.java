package no.mila.dho.measurement.domain;

/** What the patient is told at once about a report, in Norwegian (bokmål). */
public final class PatientMessages {

    public static final String MEASURE_DAILY = "Mål deg hver dag til målingene er i grønn sone igjen.";
    public static final String NOT_AN_EMERGENCY_SERVICE = "Oppfølgingstjenesten er ikke en akuttjeneste. Blir du "
            + "akutt dårlig, ring fastlegen din, legevakt på 116 117 eller 113.";
    public static final String PLAN_NOT_READY = "Egenbehandlingsplanen din er under utarbeidelse. Inntil den er "
            + "klar: følg rådene du har fått av oppfølgingstjenesten eller legen din.";
    public static final String OPENING_HOURS = "Oppfølgingstjenesten ser på målingene dine mandag til fredag "
            + "kl. 09-15.";

    private PatientMessages() {
    }

    public static String headline(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn: Målingene dine er innenfor grensene dine.";
            case YELLOW -> "Gul: Noe har endret seg. Følg rådene for gul sone i egenbehandlingsplanen din.";
            case RED -> "Rød: Sykdommen din kan være i forverring. Følg rådene for rød sone i egenbehandlingsplanen din.";
        };
    }
}
