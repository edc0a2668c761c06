package no.mila.dho.fhir.questionnaire;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.regex.Pattern;
import no.mila.dho.fhir.server.FhirErrors;
import no.mila.dho.fhir.server.FhirSystems;
import org.hl7.fhir.r4.model.OperationOutcome;
import org.hl7.fhir.r4.model.OperationOutcome.IssueType;

/**
 * The search parameters of {@code QuestionnaireResponse} in the terms of the measurement feature's read: a date range
 * as inclusive instants (HAPI's bounds, with {@code gt}/{@code lt} and the precision of the value applied), the sort
 * ({@code authored} or {@code -authored}, newest first by default), the patient ({@code patient} or {@code subject})
 * and the pathway of a {@code questionnaire} reference (the canonical url, {@code Questionnaire/<id>} or the id).
 */
final class ResponseSearch {

    private static final String CANONICAL_PREFIX = FhirSystems.questionnaireUrl("");
    private static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private ResponseSearch() {
    }

    static Instant lower(DateRangeParam range) {
        return range == null ? null : instant(range.getLowerBoundAsInstant());
    }

    static Instant upper(DateRangeParam range) {
        return range == null ? null : instant(range.getUpperBoundAsInstant());
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** Whether the oldest come first: only {@code _sort=authored}; {@code -authored} or none is newest first. */
    static boolean oldestFirst(SortSpec sort) {
        if (sort == null) {
            return false;
        }
        if (!"authored".equals(sort.getParamName()) || sort.getChain() != null) {
            throw invalid("_sort: only authored or -authored is supported", "_sort");
        }
        return sort.getOrder() != SortOrderEnum.DESC;
    }

    /** The patient of the search: {@code patient} or {@code subject} (both only when they name the same). */
    static ReferenceParam patientOf(ReferenceParam patient, ReferenceParam subject) {
        if (patient != null && subject != null && !patient.getIdPart().equals(subject.getIdPart())) {
            throw invalid("patient and subject name different patients", "subject");
        }
        return patient != null ? patient : subject;
    }

    /** The pathway of the questionnaire a reference names; empty when it names none of this server's form. */
    static Optional<String> pathwayOf(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        String value = reference.contains("|") ? reference.substring(0, reference.indexOf('|')) : reference;
        String id;
        if (value.startsWith(CANONICAL_PREFIX)) {
            id = value.substring(CANONICAL_PREFIX.length());
        } else if (value.startsWith("Questionnaire/")) {
            id = value.substring("Questionnaire/".length());
        } else {
            id = value;
        }
        if (!ID.matcher(id).matches()) {
            return Optional.empty();
        }
        return Optional.of(FhirSystems.pathwayOf(id));
    }

    static InvalidRequestException invalid(String text, String expression) {
        return new InvalidRequestException(text,
                FhirErrors.issue(new OperationOutcome(), IssueType.INVALID, text, expression));
    }
}
