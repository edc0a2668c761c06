package no.mila.dho.console.errors;

import java.util.Map;

/** What the console's error page says for a status, in Norwegian (bokmål). */
public record ErrorText(int status, String title, String message) {

    private static final Map<String, String> PAGES = Map.of(
            "worklist", "arbeidslisten",
            "patients", "pasientene",
            "thresholds", "grenseverdiene",
            "plans", "planene",
            "municipality", "kommunen");

    static ErrorText of(int status) {
        return switch (status) {
            case 400, 422 -> new ErrorText(status, "Ugyldig forespørsel",
                    "Noe i skjemaet eller adressen var ikke gyldig, for eksempel et felt som mangler eller en ukjent"
                            + " verdi i et filter. Gå tilbake, rett opp og prøv igjen.");
            case 403 -> new ErrorText(status, "Ingen tilgang",
                    "Du har ikke tilgang til denne siden eller handlingen med rollen din. Sendte du et skjema fra en"
                            + " side som hadde stått lenge åpen, kan du laste siden på nytt og prøve igjen.");
            case 404 -> new ErrorText(status, "Finnes ikke",
                    "Siden eller opplysningene finnes ikke, eller du har ikke tilgang til dem.");
            case 405, 415 -> new ErrorText(status, "Kan ikke utføres slik",
                    "Denne handlingen kan ikke utføres på denne måten. Bruk skjemaene i konsollen.");
            case 409 -> new ErrorText(status, "Endret i mellomtiden",
                    "Handlingen kunne ikke utføres fordi saken er endret i mellomtiden: noen andre kan ha tatt den,"
                            + " den kan være lukket, eller du holder den ikke lenger. Gå tilbake til listen, som nå"
                            + " viser hvordan saken står, og prøv igjen.");
            case 503 -> new ErrorText(status, "Midlertidig utilgjengelig",
                    "Tjenesten er midlertidig utilgjengelig. Prøv igjen om litt.");
            default -> status >= 500
                    ? new ErrorText(status, "Noe gikk galt",
                    "Noe gikk galt hos oss. Prøv igjen om litt. Oppgi forespørsels-id-en nedenfor hvis du melder "
                            + "feilen.")
                    : new ErrorText(status, "Kunne ikke utføres",
                    "Forespørselen kunne ikke utføres. Gå tilbake og prøv igjen.");
        };
    }

    static boolean knownPage(String segment) {
        return PAGES.containsKey(segment);
    }

    static String pageName(String back) {
        return PAGES.getOrDefault(back.substring(back.lastIndexOf('/') + 1), "forsiden");
    }

    /** The page without the console's frame (when there is no signed-in person to show in it). */
    static String plainPage(ErrorText text, String back, String label, String requestId) {
        return "<!DOCTYPE html>\n<html lang=\"nb\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<title>" + text.title() + " – Digital hjemmeoppfølging</title>\n"
                + "<link rel=\"stylesheet\" href=\"/console/assets/console.css\">\n</head>\n<body>\n"
                + "<main id=\"main\">\n<section class=\"error\" data-testid=\"error\" data-status=\"" + text.status()
                + "\">\n<h1>" + text.title() + "</h1>\n<p>" + text.message() + "</p>\n"
                + (requestId == null || !requestId.matches("[A-Za-z0-9._-]{1,128}") ? ""
                : "<p class=\"muted\">Forespørsels-id: " + requestId + "</p>\n")
                + "<p><a href=\"" + back + "\">" + label + "</a></p>\n</section>\n</main>\n</body>\n</html>\n";
    }
}
