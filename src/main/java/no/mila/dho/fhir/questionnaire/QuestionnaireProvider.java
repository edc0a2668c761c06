package no.mila.dho.fhir.questionnaire;

import ca.uhn.fhir.rest.annotation.Count;
import ca.uhn.fhir.rest.annotation.IdParam;
import ca.uhn.fhir.rest.annotation.Offset;
import ca.uhn.fhir.rest.annotation.OptionalParam;
import ca.uhn.fhir.rest.annotation.Read;
import ca.uhn.fhir.rest.annotation.Search;
import ca.uhn.fhir.rest.api.server.IBundleProvider;
import ca.uhn.fhir.rest.param.StringParam;
import ca.uhn.fhir.rest.param.TokenParam;
import ca.uhn.fhir.rest.param.UriParam;
import ca.uhn.fhir.rest.server.IResourceProvider;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import no.mila.dho.fhir.server.FhirPage;
import no.mila.dho.fhir.server.FhirPatientGate;
import no.mila.dho.fhir.server.FhirSystems;
import no.mila.dho.measurement.application.QuestionnaireCatalog;
import no.mila.dho.measurement.application.SymptomAnswerReads;
import no.mila.dho.patient.application.ReferenceData;
import org.hl7.fhir.instance.model.api.IAnyResource;
import org.hl7.fhir.r4.model.IdType;
import org.hl7.fhir.r4.model.Questionnaire;

/**
 * {@code Questionnaire}: the pathways' symptom questionnaires (reference data, the same for every patient, so no
 * patient gate), read by id ({@code copd}, {@code heart-failure}) and searched by {@code url}, {@code name},
 * {@code _id} or all. A pathway without a questionnaire, or an id of no pathway, is not found.
 */
@Singleton
public class QuestionnaireProvider implements IResourceProvider {

    private final SymptomAnswerReads reads;
    private final QuestionnaireCatalog catalog;
    private final ReferenceData referenceData;

    public QuestionnaireProvider(SymptomAnswerReads reads, QuestionnaireCatalog catalog, ReferenceData referenceData) {
        this.reads = reads;
        this.catalog = catalog;
        this.referenceData = referenceData;
    }

    @Override
    public Class<Questionnaire> getResourceType() {
        return Questionnaire.class;
    }

    @Read
    public Questionnaire read(@IdParam IdType id) {
        String pathway = FhirSystems.pathwayOf(id.getIdPart());
        if (!FhirSystems.questionnaireId(pathway).equals(id.getIdPart())
                || !reads.questionnairePathways().contains(pathway)) {
            throw FhirPatientGate.notFound("Questionnaire/" + id.getIdPart());
        }
        return all(pathway::equals).get(0);
    }

    /** By {@code url} (the canonical url), {@code name} (the pathway code; starts with, or {@code :exact}), {@code _id}. */
    @Search
    public IBundleProvider search(@OptionalParam(name = Questionnaire.SP_URL) UriParam url,
                                  @OptionalParam(name = Questionnaire.SP_NAME) StringParam name,
                                  @OptionalParam(name = IAnyResource.SP_RES_ID) TokenParam id,
                                  @Offset Integer offset, @Count Integer count) {
        FhirPage page = FhirPage.of(offset, count);
        Predicate<String> wanted = pathway -> (url == null || FhirSystems.questionnaireUrl(pathway).equals(url.getValue()))
                && (id == null || FhirSystems.questionnaireId(pathway).equals(id.getValue()))
                && (name == null || named(pathway, name));
        List<Questionnaire> found = all(wanted);
        int from = Math.min(page.offset(), found.size());
        int to = Math.min(from + page.count(), found.size());
        return page.bundle(found.subList(from, to), found.size());
    }

    private static boolean named(String pathway, StringParam name) {
        String value = name.getValue() == null ? "" : name.getValue();
        if (name.isExact()) {
            return pathway.equals(value);
        }
        if (name.isContains()) {
            return pathway.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
        }
        return pathway.toLowerCase(Locale.ROOT).startsWith(value.toLowerCase(Locale.ROOT));
    }

    private List<Questionnaire> all(Predicate<String> wanted) {
        List<String> pathways = reads.questionnairePathways().stream().filter(wanted).toList();
        if (pathways.isEmpty()) {
            return List.of();
        }
        Map<String, String> names = referenceData.pathways().stream()
                .collect(Collectors.toMap(ReferenceData.Pathway::code, ReferenceData.Pathway::nameNb));
        return pathways.stream().map(catalog::of).filter(q -> !q.questions().isEmpty())
                .map(q -> QuestionnaireMapping.toFhir(q, names.get(q.pathway()))).toList();
    }
}
