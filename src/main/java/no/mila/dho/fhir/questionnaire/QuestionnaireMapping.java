package no.mila.dho.fhir.questionnaire;

import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Enumerations.PublicationStatus;
import org.hl7.fhir.r4.model.Enumerations.ResourceType;
import org.hl7.fhir.r4.model.Questionnaire;
import org.hl7.fhir.r4.model.Questionnaire.QuestionnaireItemType;

/**
 * A pathway's symptom questionnaire as a FHIR {@code Questionnaire}, the form the patient's app fills in and every
 * {@code QuestionnaireResponse} refers to by its canonical url: id {@link FhirSystems#questionnaireId}, url
 * {@link FhirSystems#questionnaireUrl}, name the pathway code, status {@code draft} while the questionnaire awaits
 * the clinical lead's review (the REST API's {@code provisionalQuestionnaire}) and {@code active} after it. Each
 * question is a {@code choice} item (linkId the question code, Norwegian text) whose answer options are codings of
 * {@link FhirSystems#SYMPTOM_OPTION} (code the option code, display the Norwegian text). Without extensions: the zone
 * each option gives is clinical logic of the service (REST {@code /api/questionnaires/{pathway}}), not part of the
 * form; the zone of a report reaches FHIR as the interpretation of its Observations and as a Flag.
 */
public final class QuestionnaireMapping {

    private QuestionnaireMapping() {
    }

    /** The questionnaire; {@code pathwayNameNb} (e.g. "Kols") names it in the title, the code when null. */
    public static Questionnaire toFhir(QuestionnaireCatalog.Questionnaire source, String pathwayNameNb) {
        String pathway = source.pathway();
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.setId(FhirSystems.questionnaireId(pathway));
        questionnaire.setUrl(FhirSystems.questionnaireUrl(pathway));
        questionnaire.setName(pathway);
        questionnaire.setTitle("Symptomspørsmål: " + (pathwayNameNb != null ? pathwayNameNb : pathway));
        questionnaire.setStatus(source.provisional() ? PublicationStatus.DRAFT : PublicationStatus.ACTIVE);
        questionnaire.addSubjectType(ResourceType.PATIENT.toCode());
        questionnaire.setPublisher("MILA DHO");
        questionnaire.setDescription(source.provisional()
                ? "Spørsmålene pasienten svarer på i appen. Foreløpig: venter på faglig gjennomgang."
                : "Spørsmålene pasienten svarer på i appen.");
        for (QuestionnaireCatalog.Question question : source.questions()) {
            Questionnaire.QuestionnaireItemComponent item = questionnaire.addItem().setLinkId(question.code())
                    .setText(question.textNb()).setType(QuestionnaireItemType.CHOICE);
            for (QuestionnaireCatalog.Option option : question.options()) {
                item.addAnswerOption().setValue(option(option));
            }
        }
        return questionnaire;
    }

    /** The coding of an answer option, as the questionnaire offers it and a response answers it. */
    public static Coding option(QuestionnaireCatalog.Option option) {
        return new Coding(FhirSystems.SYMPTOM_OPTION, option.code(), option.textNb());
    }
}
