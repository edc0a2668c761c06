package no.mila.dho.measurement.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import no.mila.dho.measurement.application.ReportService;

/** The answer to a report as the resources send it: 201 with the stored JSON, byte for byte (also for a retry). */
final class ReportResponses {

    private ReportResponses() {
    }

    static Response created(ReportService.Outcome outcome) {
        return Response.status(Response.Status.CREATED).type(MediaType.APPLICATION_JSON).entity(outcome.answerJson())
                .build();
    }
}
