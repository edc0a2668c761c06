package no.mila.dho.console.thresholds;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import java.util.function.Consumer;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.threshold.application.ChangeRequestQueries;
import no.mila.dho.threshold.application.ThresholdChangeService;

/**
 * How the console takes a step of a threshold change: on the request's own patient (read through the same access
 * check, never taken from the form), by the threshold feature's service, then back to the request's page (303); a
 * refusal of the service is the page again with the reason in Norwegian, under the refusal's status, so the access
 * log records it as it records the API's. Nothing here decides who may take a step.
 */
@ApplicationScoped
class ChangeSteps {

    private final ChangeRequestQueries queries;
    private final ThresholdChangeService changes;

    ChangeSteps(ChangeRequestQueries queries, ThresholdChangeService changes) {
        this.queries = queries;
        this.changes = changes;
    }

    Response order(UUID id, long version, String note) {
        return take(id, "forordnet", patient -> changes.order(patient, id, version, blankToNull(note)));
    }

    /** Verifying confirms that the values match the order (the API's {@code valuesMatchOrder}); else reject. */
    Response verify(UUID id, long version, boolean valuesMatchOrder, String note) {
        if (!valuesMatchOrder) {
            return refused(id, 400, "Kryss av for at verdiene stemmer med forordningen. Stemmer de ikke, avvis "
                    + "endringen i stedet.");
        }
        return take(id, "kontrollert", patient -> changes.verify(patient, id, version, blankToNull(note)));
    }

    Response reject(UUID id, long version, String reason) {
        String why = blankToNull(reason);
        return why == null ? refused(id, 400, "Skriv hvorfor endringen avvises.")
                : take(id, "avvist", patient -> changes.reject(patient, id, version, why));
    }

    Response withdraw(UUID id, long version, String reason) {
        String why = blankToNull(reason);
        return why == null ? refused(id, 400, "Skriv hvorfor endringen trekkes tilbake.")
                : take(id, "trukket", patient -> changes.withdraw(patient, id, version, why));
    }

    private Response take(UUID id, String done, Consumer<UUID> step) {
        UUID patient = queries.one(id).request().patientId();
        try {
            step.accept(patient);
        } catch (ProblemException e) {
            if (e.type() == ProblemType.NOT_FOUND) {
                throw e;
            }
            return refused(id, e.type().status(), ThresholdTexts.refusal(e.type()));
        }
        return Response.seeOther(URI.create("/console/thresholds/changes/" + id + "?utfort=" + done)).build();
    }

    /** The request's page with {@code message}, answered with {@code status}. */
    private Response refused(UUID id, int status, String message) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE)
                .entity(ThresholdTemplates.change(ChangeView.of(queries.one(id)), message, null)).build();
    }

    /** What the page says after a step ({@code ?utfort=}), or null. */
    static String done(String done) {
        return switch (done == null ? "" : done) {
            case "forslag" -> "Forslaget er sendt. Det venter nå på forordning av pasientens lege.";
            case "forordnet" -> "Endringen er forordnet. Den venter nå på kontroll av en annen person.";
            case "kontrollert" -> "Endringen er kontrollert. De nye grenseverdiene er i bruk fra nå.";
            case "avvist" -> "Endringen er avvist.";
            case "trukket" -> "Endringen er trukket tilbake.";
            default -> null;
        };
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
