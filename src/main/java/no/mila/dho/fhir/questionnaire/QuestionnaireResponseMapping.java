package no.mila.dho.fhir.questionnaire;

import java.util.Date;
import java.util.Map;
import java.util.Optional;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.application.SymptomAnswerReads.AnsweredReport;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseStatus;
import org.hl7.fhir.r4.model.Reference;

/**
 * A report's symptom answers as a FHIR {@code QuestionnaireResponse}: id the internal report id, identifier the app's
 * report id ({@link FhirSystems#REPORT_ID}), questionnaire the canonical url of the pathway's questionnaire, status
 * {@code completed} (a report is evaluated as sent and never changes), subject and source the patient (the answers
 * are the patient's), author the patient, or the nurse who entered the report on the patient's behalf (a
 * Practitioner by name: the service keeps no practitioner resources of its nurses), authored the time measured,
 * lastUpdated the time received. Each answer is an item (linkId the question code) with a coding of
 * {@link FhirSystems#SYMPTOM_OPTION}, displayed in Norwegian from the questionnaire; items follow the questionnaire's
 * order. The zone is not here: it is the report's evaluation, shown by the Observations' interpretation and the Flag.
 */
public final class QuestionnaireResponseMapping {

    private QuestionnaireResponseMapping() {
    }

    /** The response; {@code questionnaire} gives the texts (null or empty when unknown: codes only). */
    public static QuestionnaireResponse toFhir(AnsweredReport report, QuestionnaireCatalog.Questionnaire questionnaire) {
        QuestionnaireResponse response = new QuestionnaireResponse();
        response.setId(report.reportId().toString());
        response.getMeta().setLastUpdated(Date.from(report.receivedAt()));
        response.getIdentifier().setSystem(FhirSystems.REPORT_ID).setValue(report.clientReportId().toString());
        if (report.pathway() != null) {
            response.setQuestionnaire(FhirSystems.questionnaireUrl(report.pathway()));
        }
        response.setStatus(QuestionnaireResponseStatus.COMPLETED);
        Reference patient = new Reference("Patient/" + report.patientId());
        response.setSubject(patient);
        response.setSource(patient.copy());
        response.setAuthored(Date.from(report.measuredAt()));
        response.setAuthor(report.onBehalf() ? new Reference().setType("Practitioner")
                .setDisplay(report.enteredByName() != null ? report.enteredByName() : "Sykepleier i oppfølgingstjenesten")
                : patient.copy());
        Map<String, String> answers = new java.util.LinkedHashMap<>(report.answers());
        if (questionnaire != null) {
            for (QuestionnaireCatalog.Question question : questionnaire.questions()) {
                String option = answers.remove(question.code());
                if (option != null) {
                    add(response, question.code(), question.textNb(), coding(question, option));
                }
            }
        }
        answers.forEach((question, option) -> add(response, question, null,
                new Coding(FhirSystems.SYMPTOM_OPTION, option, null)));
        return response;
    }

    private static Coding coding(QuestionnaireCatalog.Question question, String option) {
        Optional<QuestionnaireCatalog.Option> known = question.options().stream()
                .filter(o -> o.code().equals(option)).findFirst();
        return known.map(QuestionnaireMapping::option)
                .orElseGet(() -> new Coding(FhirSystems.SYMPTOM_OPTION, option, null));
    }

    private static void add(QuestionnaireResponse response, String linkId, String text, Coding answer) {
        response.addItem().setLinkId(linkId).setText(text).addAnswer().setValue(answer);
    }
}
