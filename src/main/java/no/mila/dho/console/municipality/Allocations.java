package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.patient.application.EpisodeAllocation;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The allocation (tildeling) after the written informed consent, with the baseline of home nursing (visits and
 * minutes per month) and, where known, the KAD and short-term stay days of the 12 months before: recorded by
 * {@link EpisodeAllocation#allocate} as the API does (which applies the inclusion rule to the assessment). The consent
 * is recorded as collected by the signed-in person, as the API does when no one else is named.
 */
@ApplicationScoped
class Allocations {

    /** The fields of the allocation form as posted ({@code @BeanParam}). */
    public static class Form {
        @FormParam("episode")
        String episode;
        @FormParam("consentDate")
        String consentDate;
        @FormParam("visits")
        String visits;
        @FormParam("minutes")
        String minutes;
        @FormParam("startDate")
        String startDate;
        @FormParam("kadDays")
        String kadDays;
        @FormParam("shortTermDays")
        String shortTermDays;

        FormState state() {
            return FormState.empty().with("consentDate", consentDate).with("visits", visits).with("minutes", minutes)
                    .with("startDate", startDate).with("kadDays", kadDays).with("shortTermDays", shortTermDays);
        }
    }

    /** The page: the patient, whether the episode awaits allocation, and the form (or what was recorded). */
    record AllocationPage(PatientHeader.Shown patient, boolean open, FormState form, String notice) {

        public String consentDate() {
            return ConsoleFormat.date(patient.episode() == null ? null : patient.episode().consentDate());
        }

        public String startDate() {
            return ConsoleFormat.date(patient.episode() == null ? null : patient.episode().startDate());
        }
    }

    private final PatientHeader header;
    private final EpisodeAllocation allocation;
    private final Clock clock;

    Allocations(PatientHeader header, EpisodeAllocation allocation, Clock clock) {
        this.header = header;
        this.allocation = allocation;
        this.clock = clock;
    }

    AllocationPage page(UUID patientId, String notice) {
        String today = ConsoleFormat.date(ClockProducer.today(clock));
        return page(header.of(patientId), FormState.empty().with("consentDate", today).with("startDate", today),
                notice);
    }

    Response submit(UUID patientId, Form posted) {
        FormState form = posted.state();
        LocalDate consent = form.date("consentDate");
        LocalDate start = form.date("startDate");
        Integer visits = form.number("visits", true, 1000);
        Integer minutes = form.number("minutes", true, 50000);
        Integer kad = form.number("kadDays", false, 366);
        Integer shortTerm = form.number("shortTermDays", false, 366);
        try {
            if (form.hasProblems()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "The allocation form has invalid fields");
            }
            allocation.allocate(patientId, Assessments.episode(posted.episode), new EpisodeCommands.Allocate(consent,
                    null, null, visits, minutes, start, kad, shortTerm));
            return Response.seeOther(URI.create(PatientPages.path(patientId, "allocation") + "?utfort=tildelt"))
                    .build();
        } catch (ProblemException e) {
            PatientPages.refused(form, e);
            return Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(MunicipalityTemplates.allocation(page(header.of(patientId), form, null))).build();
        }
    }

    private static AllocationPage page(PatientHeader.Shown patient, FormState form, String notice) {
        return new AllocationPage(patient, patient.inState(EpisodeState.ASSESSED), form, notice);
    }
}
