package no.mila.dho.fhir.questionnaire;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.annotation.Sort;
import ca.uhn.fhir.rest.api.Constants;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.exceptions.ResourceNotFoundException;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.UUID;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.application.SymptomAnswerReads;
import no.mila.dho.measurement.application.SymptomAnswerReads.AnsweredReport;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.QuestionnaireResponse;

/**
 * {@code QuestionnaireResponse}: the symptom answers of a patient's reports (only reports with answers have one),
 * read by id (the internal report id) and searched by patient, for those who may see the patient's clinical data.
 * A response of a patient the caller may not see is not found, exactly as one that does not exist.
 */
@Singleton
public class QuestionnaireResponseProvider implements IResourceProvider {

    private final SymptomAnswerReads reads;
    private final QuestionnaireCatalog catalog;
    private final FhirPatientGate gate;

    public QuestionnaireResponseProvider(SymptomAnswerReads reads, QuestionnaireCatalog catalog,
                                         FhirPatientGate gate) {
        this.reads = reads;
        this.catalog = catalog;
        this.gate = gate;
    }

    @Override
    public Class<QuestionnaireResponse> getResourceType() {
        return QuestionnaireResponse.class;
    }

    @Read
    public QuestionnaireResponse read(@IdParam IdType id) {
        String name = "QuestionnaireResponse/" + id.getIdPart();
        UUID reportId = FhirPatientGate.uuid(id.getIdPart()).orElseThrow(() -> FhirPatientGate.notFound(name));
        AnsweredReport report = reads.byId(reportId).orElseThrow(() -> FhirPatientGate.notFound(name));
        try {
            gate.requireClinical(report.patientId().toString());
        } catch (ResourceNotFoundException hidden) {
            throw FhirPatientGate.notFound(name);
        }
        return toFhir(report);
    }

    /**
     * {@code patient} (or {@code subject}; a patient may omit both for their own), {@code authored} (ge, gt, le,
     * lt, eq), {@code questionnaire} (canonical url or {@code Questionnaire/<id>}), {@code _lastUpdated} (received),
     * {@code _sort} {@code -authored} (the default) or {@code authored}, {@code _count} and {@code _offset}.
     */
    @Search
    public IBundleProvider search(@OptionalParam(name = QuestionnaireResponse.SP_PATIENT) ReferenceParam patient,
                                  @OptionalParam(name = QuestionnaireResponse.SP_SUBJECT) ReferenceParam subject,
                                  @OptionalParam(name = QuestionnaireResponse.SP_AUTHORED) DateRangeParam authored,
                                  @OptionalParam(name = QuestionnaireResponse.SP_QUESTIONNAIRE)
                                  ReferenceParam questionnaire,
                                  @OptionalParam(name = Constants.PARAM_LASTUPDATED) DateRangeParam lastUpdated,
                                  @Sort SortSpec sort, @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        boolean oldestFirst = ResponseSearch.oldestFirst(sort);
        Optional<UUID> patientId = gate.visible(ResponseSearch.patientOf(patient, subject));
        if (patientId.isEmpty()) {
            return page.empty();
        }
        String pathway = null;
        if (questionnaire != null) {
            Optional<String> named = ResponseSearch.pathwayOf(questionnaire.getValue());
            if (named.isEmpty()) {
                return page.empty();
            }
            pathway = named.get();
        }
        SymptomAnswerReads.Found found = reads.search(new SymptomAnswerReads.Filter(patientId.get(),
                ResponseSearch.lower(authored), ResponseSearch.upper(authored), ResponseSearch.lower(lastUpdated),
                ResponseSearch.upper(lastUpdated), pathway, oldestFirst), page.offset(), page.count());
        return page.bundle(found.reports().stream().map(this::toFhir).toList(), found.total());
    }

    private QuestionnaireResponse toFhir(AnsweredReport report) {
        QuestionnaireCatalog.Questionnaire questionnaire = report.pathway() == null ? null
                : catalog.of(report.pathway());
        return QuestionnaireResponseMapping.toFhir(report, questionnaire);
    }
}
