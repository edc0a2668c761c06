package no.mila.dho.fhir.ingestion;

import java.util.Optional;
import java.util.Set;
import no.mila.dho.fhir.server.FhirSystems;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.QuestionnaireResponse.QuestionnaireResponseItemComponent;

/**
 * The QuestionnaireResponse of a report Bundle: the symptom answers to the patient's pathway questionnaire
 * ({@code questionnaire} = {@link FhirSystems#questionnaireUrl}), each item's {@code linkId} a question code and its
 * one answer a {@code valueCoding} of {@link FhirSystems#SYMPTOM_OPTION} whose code is the option's. Whether the
 * question and option exist is the report rules' (a refusal names {@code item[n].answer[0].valueCoding.code}). Its
 * {@code authored} is the measured time only when the Bundle has no Observation.
 */
final class QuestionnaireEntryReader {

    private static final Set<QuestionnaireResponse.QuestionnaireResponseStatus> ACCEPTED = Set.of(
            QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED,
            QuestionnaireResponse.QuestionnaireResponseStatus.AMENDED);

    private QuestionnaireEntryReader() {
    }

    /** Reads {@code qr} at {@code path}; {@code pathway}: the patient's open pathway, if any. */
    static void read(QuestionnaireResponse qr, String path, Optional<String> pathway, BundleParse parse) {
        if (!ACCEPTED.contains(qr.getStatus())) {
            parse.problem(path + ".status", "must be completed");
        }
        parse.subject(qr.getSubject(), path + ".subject");
        String expected = pathway.map(FhirSystems::questionnaireUrl).orElse(null);
        if (expected != null && !expected.equals(qr.getQuestionnaire())) {
            parse.problem(path + ".questionnaire", "must be " + expected + " (the questionnaire of your pathway)");
        }
        for (int n = 0; n < qr.getItem().size(); n++) {
            item(qr.getItem().get(n), path + ".item[" + n + "]", parse);
        }
    }

    private static void item(QuestionnaireResponseItemComponent item, String at, BundleParse parse) {
        String question = item.getLinkId();
        if (question == null || question.isBlank()) {
            parse.problem(at + ".linkId", "is required: the code of the question");
            return;
        }
        if (item.hasItem()) {
            parse.problem(at + ".item", "nested items are not part of the symptom questionnaire");
        }
        if (item.getAnswer().size() != 1 || !item.getAnswerFirstRep().hasValueCoding()) {
            parse.problem(at + ".answer", "must be one answer with a valueCoding (the option chosen)");
            return;
        }
        Coding coding = item.getAnswerFirstRep().getValueCoding();
        String codePath = at + ".answer[0].valueCoding";
        if (!FhirSystems.SYMPTOM_OPTION.equals(coding.getSystem())) {
            parse.problem(codePath + ".system", "must be " + FhirSystems.SYMPTOM_OPTION);
            return;
        }
        if (coding.getCode() == null || coding.getCode().length() > 40 || question.length() > 40) {
            parse.problem(codePath + ".code", "is required (at most 40 characters)");
            return;
        }
        if (parse.answers.putIfAbsent(question, coding.getCode()) != null) {
            parse.problem(at + ".linkId", "answers question " + question + " a second time");
            return;
        }
        parse.fields.put("symptoms." + question, codePath + ".code");
    }
}
