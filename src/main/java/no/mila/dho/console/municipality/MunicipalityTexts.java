package no.mila.dho.console.municipality;

import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemType;

/** The coordinator's pages in Norwegian: pathway states, devices, referral sources, and the services' refusals. */
final class MunicipalityTexts {

    private MunicipalityTexts() {
    }

    static String state(String state) {
        if (state == null || state.isBlank()) {
            return "Ikke henvist";
        }
        return switch (EpisodeState.valueOf(state)) {
            case REFERRED -> "Henvist";
            case ASSESSED -> "Kartlagt";
            case ACTIVE_BASELINE -> "Tildelt, de første 14 dagene";
            case ACTIVE -> "I oppfølging";
            case PAUSED -> "Pause";
            case ENDED -> "Avsluttet";
        };
    }


    static String source(ReferralSource source) {
        return switch (source) {
            case GP -> "Fastlege";
            case HOSPITAL_DEPARTMENT -> "Sykehusavdeling";
            case HOME_NURSING -> "Hjemmesykepleien";
            case SELF -> "Pasienten selv";
            case RELATIVE -> "Pårørende";
        };
    }

    /** The form field a service's violation belongs to, and what it says in Norwegian. */
    static String fieldProblem(FieldViolation v) {
        String field = v.field();
        if (field.startsWith("answers.")) {
            return v.message().startsWith("must be answered") ? "Svar ja eller nei."
                    : "Ukjent punkt for dette forløpet.";
        }
        return switch (field) {
            case "nationalId" -> v.message().contains("synthetic") ? "Syntetiske testnumre godtas ikke her."
                    : "Skriv et gyldig fødselsnummer eller D-nummer (11 siffer).";
            case "municipality" -> "Velg en aktiv samarbeidskommune.";
            case "pathway" -> "Velg et aktivt forløp.";
            case "oralConsent" -> "Pasientens muntlige samtykke til henvisningen kreves.";
            case "department" -> "En henvisning fra sykehus må ha en kjent sykehusavdeling.";
            case "referredOn", "consentDate" -> "Datoen kan ikke være fram i tid.";
            case "startDate" -> "Oppstarten kan ikke være før det skriftlige samtykket.";
            case "returnedOn" -> "Returdatoen kan ikke være før utleveringen.";
            default -> "Verdien kan ikke brukes.";
        };
    }

    /** Why a service refused, for the page's message. */
    static String refusal(ProblemType type) {
        return switch (type) {
            case VALIDATION_FAILED -> "Noen felt må rettes. Se feltene som er merket.";
            case FORBIDDEN -> "Koordinatorer registrerer og følger bare pasienter i sin egen kommune.";
            case CONFLICT -> "Handlingen er i konflikt med det som allerede er registrert.";
            case CONCURRENT_MODIFICATION -> "Noen andre har endret dette i mellomtiden. Last siden på nytt.";
            case ILLEGAL_TRANSITION -> "Forløpet har en status som ikke tillater dette steget.";
            case INCLUSION_CRITERION_NOT_MET -> "Pasienten kan ikke tildeles: alle generelle kriterier og minst ett "
                    + "sykdomsspesifikt kriterium må være oppfylt.";
            case UNPROCESSABLE -> "Forløpet mangler brukbare standard grenseverdier. Kontakt oppfølgingstjenesten.";
            default -> "Handlingen kunne ikke utføres.";
        };
    }
}
