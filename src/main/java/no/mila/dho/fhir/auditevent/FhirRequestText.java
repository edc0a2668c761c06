package no.mila.dho.fhir.auditevent;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.fhir.server.FhirRoles;

/**
 * What an access-log row's text says about a FHIR request ({@code fhir GET /fhir/r4/CarePlan/<id>/_history/2}): the
 * REST interaction (for the BALP subtype) and the resource read, if it names one of the served types with a
 * well-formed id. The text of a REST API request ({@code plan POST /api/...}) is no FHIR request.
 */
record FhirRequestText(String interaction, Optional<String> resource) {

    private static final Pattern FHIR = Pattern.compile("^fhir [A-Z]+ /fhir/r4(/.*)?$");
    private static final Pattern INSTANCE = Pattern.compile(
            "^/([A-Z][A-Za-z]{1,40})/([A-Za-z0-9\\-.]{1,64})(/_history(/([A-Za-z0-9\\-.]{1,64}))?)?/?$");

    static Optional<FhirRequestText> of(String text, AccessAction action) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher fhir = FHIR.matcher(text);
        if (!fhir.matches()) {
            return Optional.empty();
        }
        String path = fhir.group(1) == null ? "" : fhir.group(1);
        if (action == AccessAction.SEARCH) {
            return Optional.of(new FhirRequestText("search-type", Optional.empty()));
        }
        if (action == AccessAction.CREATE || action == AccessAction.UPDATE) {
            return Optional.of(new FhirRequestText(path.isEmpty() || path.equals("/") ? "transaction" : "create",
                    Optional.empty()));
        }
        Matcher instance = INSTANCE.matcher(path);
        if (!instance.matches() || !FhirRoles.SERVED.contains(instance.group(1))) {
            return Optional.of(new FhirRequestText("read", Optional.empty()));
        }
        String reference = instance.group(1) + "/" + instance.group(2);
        if (instance.group(5) != null) {
            return Optional.of(new FhirRequestText("vread", Optional.of(reference + "/_history/" + instance.group(5))));
        }
        if (instance.group(3) != null) {
            return Optional.of(new FhirRequestText("history-instance", Optional.of(reference)));
        }
        return Optional.of(new FhirRequestText("read", Optional.of(reference)));
    }
}
