package no.mila.dho.fhir.questionnaire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.uhn.fhir.rest.api.SortOrderEnum;
import ca.uhn.fhir.rest.api.SortSpec;
import ca.uhn.fhir.rest.param.DateParam;
import ca.uhn.fhir.rest.param.DateRangeParam;
import ca.uhn.fhir.rest.param.ParamPrefixEnum;
import ca.uhn.fhir.rest.param.ReferenceParam;
import ca.uhn.fhir.rest.server.exceptions.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResponseSearchTest {

    @Test
    void the_questionnaire_is_named_by_its_canonical_url_its_reference_or_its_id() {
        assertThat(ResponseSearch.pathwayOf("urn:mila:dho:questionnaire:heart-failure")).hasValue("HEART_FAILURE");
        assertThat(ResponseSearch.pathwayOf("urn:mila:dho:questionnaire:copd|1")).hasValue("COPD");
        assertThat(ResponseSearch.pathwayOf("Questionnaire/copd")).hasValue("COPD");
        assertThat(ResponseSearch.pathwayOf("copd")).hasValue("COPD");
        assertThat(ResponseSearch.pathwayOf("http://example.org/Questionnaire/x_y")).isEmpty();
        assertThat(ResponseSearch.pathwayOf("urn:other:copd")).isEmpty();
        assertThat(ResponseSearch.pathwayOf(null)).isEmpty();
    }

    @Test
    void the_sort_is_by_authored_newest_first_by_default() {
        assertThat(ResponseSearch.oldestFirst(null)).isFalse();
        assertThat(ResponseSearch.oldestFirst(new SortSpec("authored", SortOrderEnum.DESC))).isFalse();
        assertThat(ResponseSearch.oldestFirst(new SortSpec("authored"))).isTrue();
        assertThatThrownBy(() -> ResponseSearch.oldestFirst(new SortSpec("_lastUpdated")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("_sort");
    }

    @Test
    void date_ranges_are_inclusive_instants_with_the_prefix_applied() {
        DateRangeParam range = new DateRangeParam(new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS,
                "2026-03-01T00:00:00Z"), new DateParam(ParamPrefixEnum.LESSTHAN, "2026-03-02T00:00:00Z"));
        assertThat(ResponseSearch.lower(range)).isEqualTo(Instant.parse("2026-03-01T00:00:00Z"));
        assertThat(ResponseSearch.upper(range)).isEqualTo(Instant.parse("2026-03-01T23:59:59.999Z"));
        assertThat(ResponseSearch.lower(null)).isNull();
        assertThat(ResponseSearch.upper(new DateRangeParam(new DateParam(ParamPrefixEnum.GREATERTHAN_OR_EQUALS,
                "2026-03-01T00:00:00Z"), null))).isNull();
    }

    @Test
    void patient_and_subject_must_agree() {
        ReferenceParam a = new ReferenceParam("Patient/a");
        assertThat(ResponseSearch.patientOf(null, a)).isSameAs(a);
        assertThat(ResponseSearch.patientOf(a, new ReferenceParam("Patient/a"))).isSameAs(a);
        assertThatThrownBy(() -> ResponseSearch.patientOf(a, new ReferenceParam("Patient/b")))
                .isInstanceOf(InvalidRequestException.class);
    }
}
