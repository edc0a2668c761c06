package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.patient.application.EpisodeCommands;
import no.mila.dho.patient.application.EpisodeIntake;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.patient.domain.EpisodeState;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The assessment (kartlegging) with the pathway's checklist: every criterion answered yes or no, recorded by
 * {@link EpisodeIntake#assess} as the API does (the checklist must be complete; the inclusion rule is applied at
 * allocation). Each criterion is a select of the same name {@code answer} whose value is {@code CODE=true|false}.
 */
@ApplicationScoped
class Assessments {

    /** One criterion of the checklist, with the answer chosen or recorded ("true", "false" or ""). */
    record Criterion(String code, String text, boolean general, String answer, String problem) {

        public String id() {
            return "answer-" + code;
        }
    }

    /** A part of the checklist: the general criteria (all must hold), the disease-specific ones (one must). */
    record Group(String caption, List<Criterion> criteria) {
    }

    /** The page: the patient, the checklist, and whether the episode awaits its assessment. */
    record AssessmentPage(PatientHeader.Shown patient, List<Group> groups, boolean open, FormState form,
                          String notice) {
    }

    private final PatientHeader header;
    private final EpisodeIntake intake;

    Assessments(PatientHeader header, EpisodeIntake intake) {
        this.header = header;
        this.intake = intake;
    }

    AssessmentPage page(UUID patientId, String notice) {
        PatientHeader.Shown patient = header.of(patientId);
        Map<String, Boolean> recorded = patient.episode() == null ? Map.of() : patient.episode().assessment();
        FormState form = FormState.empty();
        recorded.forEach((code, met) -> form.with("answer." + code, met.toString()));
        return page(patient, form, notice);
    }

    Response submit(UUID patientId, String episodeId, List<String> answers, String note) {
        FormState form = FormState.empty().with("note", note);
        Map<String, Boolean> chosen = new LinkedHashMap<>();
        for (String answer : answers == null ? List.<String>of() : answers) {
            int eq = answer.indexOf('=');
            if (eq > 0) {
                chosen.put(answer.substring(0, eq), Boolean.valueOf(answer.substring(eq + 1)));
                form.with("answer." + answer.substring(0, eq), answer.substring(eq + 1));
            }
        }
        String text = Referrals.note(form);
        try {
            if (form.hasProblems()) {
                throw new ProblemException(ProblemType.VALIDATION_FAILED, "The note is too long");
            }
            intake.assess(patientId, episode(episodeId), new EpisodeCommands.Assess(chosen, text));
            return Response.seeOther(URI.create(PatientPages.path(patientId, "assessment") + "?utfort=kartlagt"))
                    .build();
        } catch (ProblemException e) {
            PatientPages.refused(form, e);
            return Response.status(e.type().status()).type(MediaType.TEXT_HTML_TYPE)
                    .entity(MunicipalityTemplates.assessment(page(header.of(patientId), form, null))).build();
        }
    }

    static UUID episode(String episodeId) {
        try {
            return UUID.fromString(episodeId == null ? "" : episodeId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("Episode " + episodeId);
        }
    }

    private AssessmentPage page(PatientHeader.Shown patient, FormState form, String notice) {
        List<ReferenceData.Criterion> checklist = header.checklist(patient.pathwayCode());
        List<Criterion> all = checklist.stream().map(c -> new Criterion(c.code(), c.textNb(),
                "GENERAL".equals(c.kind()), form.value("answer." + c.code()), form.problemOf("answer." + c.code())))
                .toList();
        List<Group> groups = List.of(
                new Group("Generelle kriterier (alle må være oppfylt)",
                        all.stream().filter(Criterion::general).toList()),
                new Group("Sykdomsspesifikke kriterier (minst ett må være oppfylt)",
                        all.stream().filter(c -> !c.general()).toList()));
        return new AssessmentPage(patient, groups, patient.inState(EpisodeState.REFERRED), form, notice);
    }
}
