package no.mila.dho.console.plans;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanStatus;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;

/**
 * The plan pages' Norwegian words: statuses, zones, advice categories, the notice after each step, and the plan
 * feature's refusals as a reader of the console should see them (the rule that refused stays in the plan feature).
 */
final class PlanWords {

    private static final Pattern ITEM_FIELD = Pattern.compile("zones\\.([A-Z]+)\\[(\\d+)]\\.([a-z]+)");

    private PlanWords() {
    }

    static String status(PlanStatus status) {
        return switch (status) {
            case DRAFT -> "Utkast";
            case ACTIVE -> "Aktiv (godkjent)";
            case SUPERSEDED -> "Erstattet";
            case DISCARDED -> "Forkastet";
        };
    }

    /** {@code Grønn sone}. */
    static String zone(Zone zone) {
        return switch (zone) {
            case GREEN -> "Grønn sone";
            case YELLOW -> "Gul sone";
            case RED -> "Rød sone";
        };
    }

    /** The shape that carries the zone besides its colour (as console.css: ● green, ▲ yellow, ■ red). */
    static String shape(Zone zone) {
        return switch (zone) {
            case GREEN -> "●";
            case YELLOW -> "▲";
            case RED -> "■";
        };
    }

    static String category(AdviceCategory category) {
        return switch (category) {
            case ACTIVITY -> "Aktivitet";
            case MEDICATION -> "Legemiddel";
            case NUTRITION -> "Ernæring";
            case SMOKING_CESSATION -> "Røykeslutt";
            case BREATHING_TECHNIQUE -> "Pusteteknikk";
            case MUCUS_CLEARING -> "Slimmobilisering";
            case WHEN_TO_CALL -> "Når du skal ringe";
        };
    }

    /** What the page says after a step ({@code ?utfort=}), or null. */
    static String done(String done) {
        return switch (done == null ? "" : done) {
            case "utkast" -> "Utkastet er opprettet. Rediger det sone for sone; pasientens lege godkjenner det.";
            case "lagret" -> "Endringene i utkastet er lagret.";
            case "mal" -> "Målene i utkastet er lagret.";
            case "godkjent" -> "Planen er godkjent og er nå pasientens aktive plan. Kopi går til fastlegen, "
                    + "oppfølgingstjenesten og hjemmesykepleien der pasienten har det.";
            case "forkastet" -> "Utkastet er forkastet. Den aktive planen gjelder som før.";
            default -> null;
        };
    }

    /** The refusal of a step in Norwegian: the plan feature's reason, by its kind and the step refused. */
    static String refusal(ProblemException e, String step) {
        return switch (e.type()) {
            case FORBIDDEN -> "godkjenne".equals(step)
                    ? "Bare pasientens fastlege eller behandlende lege kan godkjenne egenbehandlingsplanen."
                    : "Bare en lege kan legge til, endre eller fjerne legemiddelråd. De andre rådene kan du endre.";
            case CONFLICT -> "Det finnes allerede et utkast som er under arbeid. Rediger det eller forkast det først.";
            case UNPROCESSABLE -> "Forløpet har ingen mal for egenbehandlingsplan. En administrator må legge den "
                    + "inn.";
            case NOT_IN_FOLLOW_UP -> "Pasienten er ikke tildelt et forløp. En egenbehandlingsplan lages under "
                    + "oppfølgingen.";
            case ILLEGAL_TRANSITION -> "Planen er ikke lenger et utkast. Bare et utkast kan endres; start et nytt "
                    + "utkast fra den aktive planen.";
            case CONCURRENT_MODIFICATION -> "Utkastet er endret av noen andre siden du åpnet det. Siden viser det "
                    + "slik det er nå; gjør endringen på nytt.";
            case VALIDATION_FAILED -> "Planen kan ikke lagres slik: " + violations(e.violations());
            default -> "Handlingen kunne ikke utføres. Prøv igjen.";
        };
    }

    static String violations(List<FieldViolation> violations) {
        return violations.stream().map(PlanWords::violation).distinct().collect(Collectors.joining(" "));
    }

    private static String violation(FieldViolation v) {
        String field = v.field() == null ? "" : v.field();
        Matcher m = ITEM_FIELD.matcher(field);
        if (m.matches()) {
            String where = "Råd " + (Integer.parseInt(m.group(2)) + 1) + " i " + zoneName(m.group(1)) + ": ";
            return where + switch (m.group(3)) {
                case "text" -> "teksten må ha 1–1000 tegn.";
                case "drug" -> "et legemiddelråd må ha navnet på legemiddelet (1–200 tegn).";
                case "dose" -> "et legemiddelråd må ha dosen (1–200 tegn).";
                case "start", "stop" -> "når det skal startes og stoppes, kan ha høyst 500 tegn.";
                case "category" -> "bare legemiddelråd har legemiddel, dose, start og stopp.";
                default -> "ugyldig.";
            };
        }
        if (field.startsWith("zones.") && field.length() > 6) {
            String zone = zoneName(field.substring(6));
            return v.message() != null && v.message().startsWith("at most")
                    ? "Det kan være høyst 30 råd i " + zone + "."
                    : "Planen må gi råd for hver sone, og " + zone + " har ingen.";
        }
        if (field.startsWith("goals")) {
            return field.equals("goals") ? "Planen kan ha høyst 10 mål." : "Hvert mål må ha 1–500 tegn.";
        }
        return v.message() != null && v.message().contains("more than once") ? "Et av rådene er gitt flere ganger."
                : "Et av feltene er ugyldig.";
    }

    private static String zoneName(String name) {
        try {
            return zone(Zone.valueOf(name)).toLowerCase(java.util.Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return "en sone";
        }
    }
}
