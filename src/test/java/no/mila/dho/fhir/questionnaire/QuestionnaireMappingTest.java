package no.mila.dho.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.application.SymptomAnswerReads.AnsweredReport;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.testsupport.FhirValidation;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.junit.jupiter.api.Test;

/** The questionnaire and response mappings, without Quarkus; each result validates with 0 errors. */
class QuestionnaireMappingTest {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    static final QuestionnaireCatalog.Questionnaire HF = new QuestionnaireCatalog.Questionnaire("HEART_FAILURE", true,
            List.of(question("BREATHLESSNESS", "Hvordan er pusten din sammenlignet med vanlig?"),
                    question("SWOLLEN_LEGS", "Er bena dine hovne?")));

    private static QuestionnaireCatalog.Question question(String code, String text) {
        return new QuestionnaireCatalog.Question(code, text, "en", List.of(
                new QuestionnaireCatalog.Option("AS_USUAL", "Som vanlig", "As usual", Zone.GREEN),
                new QuestionnaireCatalog.Option("WORSE", "Litt verre enn vanlig", "Worse", Zone.YELLOW),
                new QuestionnaireCatalog.Option("MUCH_WORSE", "Mye verre enn vanlig", "Much worse", Zone.RED)));
    }

    @Test
    void a_provisional_questionnaire_is_a_draft_with_choice_items_and_coded_options() {
        Questionnaire q = QuestionnaireMapping.toFhir(HF, "Hjertesvikt");
        assertThat(q.getIdElement().getIdPart()).isEqualTo("heart-failure");
        assertThat(q.getUrl()).isEqualTo(FhirSystems.questionnaireUrl("HEART_FAILURE"));
        assertThat(q.getName()).isEqualTo("HEART_FAILURE");
        assertThat(q.getTitle()).contains("Hjertesvikt");
        assertThat(q.getStatus()).isEqualTo(PublicationStatus.DRAFT);
        assertThat(q.getItem()).extracting(Questionnaire.QuestionnaireItemComponent::getLinkId)
                .containsExactly("BREATHLESSNESS", "SWOLLEN_LEGS");
        Questionnaire.QuestionnaireItemComponent first = q.getItemFirstRep();
        assertThat(first.getType()).isEqualTo(Questionnaire.QuestionnaireItemType.CHOICE);
        assertThat(first.getText()).isEqualTo("Hvordan er pusten din sammenlignet med vanlig?");
        Coding option = first.getAnswerOption().get(1).getValueCoding();
        assertThat(option.getSystem()).isEqualTo(FhirSystems.SYMPTOM_OPTION);
        assertThat(option.getCode()).isEqualTo("WORSE");
        assertThat(option.getDisplay()).isEqualTo("Litt verre enn vanlig");
        assertThat(q.getExtension()).isEmpty();
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(q));
    }

    @Test
    void a_reviewed_questionnaire_is_active() {
        QuestionnaireCatalog.Questionnaire reviewed = new QuestionnaireCatalog.Questionnaire("COPD", false,
                List.of(question("COUGH", "Hvordan er hosten din sammenlignet med vanlig?")));
        Questionnaire q = QuestionnaireMapping.toFhir(reviewed, null);
        assertThat(q.getStatus()).isEqualTo(PublicationStatus.ACTIVE);
        assertThat(q.getIdElement().getIdPart()).isEqualTo("copd");
        assertThat(q.getTitle()).contains("COPD");
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(q));
    }

    private static AnsweredReport report(boolean onBehalf, Map<String, String> answers) {
        return new AnsweredReport(UUID.fromString("00000000-0000-4000-8000-000000000001"),
                UUID.fromString("00000000-0000-4000-8000-000000000002"),
                UUID.fromString("00000000-0000-4000-8000-000000000003"), "HEART_FAILURE",
                Instant.parse("2026-03-02T07:15:00Z"), Instant.parse("2026-03-02T07:16:30Z"), "Nora Sykepleier",
                onBehalf, answers);
    }

    @Test
    void a_patients_answers_are_a_completed_response_in_the_questionnaires_order() {
        Map<String, String> answers = new LinkedHashMap<>();
        answers.put("SWOLLEN_LEGS", "AS_USUAL");
        answers.put("BREATHLESSNESS", "WORSE");
        QuestionnaireResponse r = QuestionnaireResponseMapping.toFhir(report(false, answers), HF);
        assertThat(r.getIdElement().getIdPart()).isEqualTo("00000000-0000-4000-8000-000000000001");
        assertThat(r.getIdentifier().getSystem()).isEqualTo(FhirSystems.REPORT_ID);
        assertThat(r.getIdentifier().getValue()).isEqualTo("00000000-0000-4000-8000-000000000003");
        assertThat(r.getQuestionnaire()).isEqualTo("urn:mila:dho:questionnaire:heart-failure");
        assertThat(r.getStatus()).isEqualTo(QuestionnaireResponse.QuestionnaireResponseStatus.COMPLETED);
        assertThat(r.getSubject().getReference()).isEqualTo("Patient/00000000-0000-4000-8000-000000000002");
        assertThat(r.getAuthor().getReference()).isEqualTo("Patient/00000000-0000-4000-8000-000000000002");
        assertThat(r.getSource().getReference()).isEqualTo("Patient/00000000-0000-4000-8000-000000000002");
        assertThat(r.getAuthored().toInstant()).isEqualTo(Instant.parse("2026-03-02T07:15:00Z"));
        assertThat(r.getMeta().getLastUpdated().toInstant()).isEqualTo(Instant.parse("2026-03-02T07:16:30Z"));
        assertThat(r.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("BREATHLESSNESS", "SWOLLEN_LEGS");
        Coding answer = r.getItemFirstRep().getAnswerFirstRep().getValueCoding();
        assertThat(answer.getSystem()).isEqualTo(FhirSystems.SYMPTOM_OPTION);
        assertThat(answer.getCode()).isEqualTo("WORSE");
        assertThat(answer.getDisplay()).isEqualTo("Litt verre enn vanlig");
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(r));
    }

    @Test
    void answers_entered_on_the_patients_behalf_name_the_nurse_as_author() {
        QuestionnaireResponse r = QuestionnaireResponseMapping.toFhir(report(true, Map.of("BREATHLESSNESS", "WORSE")),
                HF);
        assertThat(r.getAuthor().getReference()).isNull();
        assertThat(r.getAuthor().getType()).isEqualTo("Practitioner");
        assertThat(r.getAuthor().getDisplay()).isEqualTo("Nora Sykepleier");
        assertThat(r.getSource().getReference()).startsWith("Patient/");
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(r));
    }

    @Test
    void an_answer_the_questionnaire_no_longer_has_keeps_its_codes() {
        QuestionnaireResponse r = QuestionnaireResponseMapping.toFhir(report(false,
                Map.of("BREATHLESSNESS", "GONE", "OLD_QUESTION", "YES")), HF);
        assertThat(r.getItem()).extracting(QuestionnaireResponse.QuestionnaireResponseItemComponent::getLinkId)
                .containsExactly("BREATHLESSNESS", "OLD_QUESTION");
        assertThat(r.getItem().get(1).getText()).isNull();
        assertThat(r.getItemFirstRep().getAnswerFirstRep().getValueCoding().getCode()).isEqualTo("GONE");
        FhirValidation.assertValid(FHIR.newJsonParser().encodeResourceToString(r));
    }
}
