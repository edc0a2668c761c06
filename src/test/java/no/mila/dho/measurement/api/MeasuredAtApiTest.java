package no.mila.dho.measurement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.testsupport.PatientFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code measuredAt}: ISO-8601 with an offset only, and not long before the patient's follow-up began. */
@QuarkusTest
class MeasuredAtApiTest {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static Map<String, Object> spo2At(Object measuredAt) {
        Map<String, Object> body = ReportApiTest.report(UUID.randomUUID(), OffsetDateTime.now());
        body.put("measuredAt", measuredAt);
        body.put("spo2", ReportApiTest.quantity(95, "%"));
        return body;
    }

    private static void refusedNamingMeasuredAt(String login, String patientId, Map<String, Object> body) {
        ReportApiTest.send(login, body).response().then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:dho:problem:validation-failed"))
                .body("errors.field", hasItem("measuredAt"));
        assertThat(ReportEntity.count("patientId", UUID.fromString(patientId))).isZero();
    }

    @ParameterizedTest(name = "measuredAt {0} is refused")
    @ValueSource(strings = {"2026-11-24T08:15:00", "2026-11-24", "24.11.2026 08:15", "12345", "not a time", ""})
    void a_time_that_is_not_iso_8601_with_an_offset_is_refused_naming_the_field(String measuredAt) {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        refusedNamingMeasuredAt(p[1], p[0], spo2At(measuredAt));
    }

    @Test
    void a_bare_number_is_not_read_as_epoch_seconds() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        refusedNamingMeasuredAt(p[1], p[0], spo2At(12345));
        refusedNamingMeasuredAt(p[1], p[0], spo2At(1_764_576_000.5));
        refusedNamingMeasuredAt(p[1], p[0], spo2At(true));
    }

    @Test
    void the_first_day_of_the_calendar_is_refused() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        refusedNamingMeasuredAt(p[1], p[0], spo2At("0001-01-01T00:00:00Z"));
    }

    @Test
    void a_time_eight_days_before_the_allocation_is_refused_and_one_day_before_is_accepted() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        LocalDate start = LocalDate.parse(PatientFixtures.allocation().get("startDate").toString());
        OffsetDateTime eightDaysBefore = start.minusDays(8).atTime(12, 0).atZone(OSLO).toOffsetDateTime();
        refusedNamingMeasuredAt(p[1], p[0], spo2At(eightDaysBefore.toString()));

        OffsetDateTime oneDayBefore = start.minusDays(1).atTime(12, 0).atZone(OSLO).toOffsetDateTime();
        ReportApiTest.send(p[1], spo2At(oneDayBefore.toString())).response().then().statusCode(201)
                .body("measuredAt", equalTo(oneDayBefore.toInstant().toString()));
        assertThat(ReportEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(1);
    }

    @Test
    void an_offset_in_any_form_is_accepted() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        OffsetDateTime now = OffsetDateTime.now().withNano(0);
        for (String at : new String[] {now.atZoneSameInstant(java.time.ZoneOffset.UTC).toOffsetDateTime().toString(),
                now.atZoneSameInstant(OSLO).toOffsetDateTime().toString(),
                now.withOffsetSameInstant(java.time.ZoneOffset.ofHours(-5)).toString()}) {
            ReportApiTest.send(p[1], spo2At(at)).response().then().statusCode(201);
        }
        assertThat(ReportEntity.count("patientId", UUID.fromString(p[0]))).isEqualTo(3);
    }
}
