package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.application.PatientDetails;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.patient.application.RegisterAndRefer;
import no.mila.dho.patient.domain.ReferralSource;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.time.ClockProducer;

/**
 * The referral form (henvisning) of a new patient: registration and referral to a pathway with the patient's oral
 * consent, through the patient feature's services ({@link RegisterAndRefer}), which decide everything the API decides
 * (valid national identity number, partner municipality, a coordinator's own municipality, active pathway, consent,
 * dates). Here the form is only read into their commands; a refusal shows the form again with the values typed and
 * each problem in Norwegian next to its field. The national identity number travels only in the form's body.
 */
@ApplicationScoped
class Referrals {

    /** The page: the form and its choices. */
    record ReferralPage(FormState form, List<Option> municipalities, List<Option> pathways, List<Option> sources,
                        List<Option> departments) {
    }

    private final RegisterAndRefer registerAndRefer;
    private final MunicipalityService municipalities;
    private final ReferenceData referenceData;
    private final CurrentUser user;
    private final Clock clock;

    Referrals(RegisterAndRefer registerAndRefer, MunicipalityService municipalities, ReferenceData referenceData,
              CurrentUser user, Clock clock) {
        this.registerAndRefer = registerAndRefer;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.user = user;
        this.clock = clock;
    }

    ReferralPage blank() {
        return page(FormState.empty().with("municipality", user.municipality().orElse(""))
                .with("referredOn", ConsoleFormat.date(ClockProducer.today(clock))).with("source", "GP"));
    }

    Response submit(FormState form) {
        PatientDetails patient = new PatientDetails(form.required("nationalId", 11, "Skriv fødselsnummeret."), null,
                form.required("givenName", 100, "Skriv fornavnet."), form.required("familyName", 100,
                "Skriv etternavnet."), form.required("municipality", 4, "Velg kommunen."), phone(form),
                form.text("gpName"), hpr(form), null, null, null, null, null);
        EpisodeCommands.Refer referral = new EpisodeCommands.Refer(form.required("pathway", 40, "Velg forløpet."),
                source(form), form.text("department"), form.is("oralConsent", "true"), form.date("referredOn"),
                note(form));
        if (form.hasProblems()) {
            return shown(form.message(MunicipalityTexts.refusal(ProblemType.VALIDATION_FAILED)), 400);
        }
        try {
            UUID id = registerAndRefer.apply(patient, referral);
            return Response.seeOther(URI.create(PatientPages.path(id, "assessment") + "?utfort=henvist")).build();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.CONFLICT) {
                form.problem("nationalId", "En pasient med dette fødselsnummeret er allerede registrert.");
            }
            return shown(PatientPages.refused(form, e), e.type().status());
        }
    }

    private static String phone(FormState form) {
        String phone = form.text("phone");
        if (phone != null && !phone.matches("\\+?[0-9 ]{8,19}")) {
            form.problem("phone", "Skriv et telefonnummer med 8–15 siffer.");
        }
        return phone;
    }

    private static String hpr(FormState form) {
        String hpr = form.text("gpHpr");
        if (hpr != null && !hpr.matches("[0-9]{1,9}")) {
            form.problem("gpHpr", "Skriv HPR-nummeret (1–9 siffer).");
        }
        return hpr;
    }

    private static ReferralSource source(FormState form) {
        String source = form.text("source");
        return Arrays.stream(ReferralSource.values()).filter(s -> s.name().equals(source)).findFirst()
                .orElseGet(() -> {
                    form.problem("source", "Velg hvem som henviser.");
                    return null;
                });
    }

    static String note(FormState form) {
        String note = form.text("note");
        if (note != null && note.length() > 1000) {
            form.problem("note", "Skriv høyst 1000 tegn.");
        }
        return note;
    }

    private Response shown(FormState form, int status) {
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE).entity(MunicipalityTemplates.referral(page(form)))
                .build();
    }

    private ReferralPage page(FormState form) {
        List<Option> places = municipalities.all().stream().filter(Municipality::active)
                .map(m -> new Option(m.number(), m.name() + " (" + m.number() + ")")).toList();
        List<Option> pathways = referenceData.pathways().stream().filter(ReferenceData.Pathway::active)
                .map(p -> new Option(p.code(), p.nameNb())).toList();
        List<Option> sources = Arrays.stream(ReferralSource.values())
                .map(s -> new Option(s.name(), MunicipalityTexts.source(s))).toList();
        List<Option> departments = referenceData.departments().stream()
                .map(d -> new Option(d.code(), d.name())).toList();
        return new ReferralPage(form, places, pathways, sources, departments);
    }
}
