package no.mila.dho.measurement.persistence;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.application.RecentReports;
import no.mila.dho.measurement.application.RecentReports.RecentReport;
import no.mila.dho.measurement.domain.MeasurementType;
import no.mila.dho.measurement.domain.ReportInput;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The reports another feature reads again (the threshold dry run) come with their values and answers. */
@QuarkusTest
class RecentReportReadsTest {

    @Inject
    RecentReports reports;

    private static String send(String login, OffsetDateTime at, Object weightKg, Map<String, String> symptoms) {
        Map<String, Object> body = new HashMap<>();
        body.put("reportId", UUID.randomUUID().toString());
        body.put("measuredAt", at.toString());
        body.put("weight", Map.of("value", weightKg, "unit", "kg"));
        body.put("symptoms", symptoms);
        return given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON).body(body)
                .when().post("/api/me/reports").then().log().ifValidationFails().statusCode(201).extract().path("zone");
    }

    @Test
    void the_reports_since_a_time_come_newest_first_with_their_values_answers_and_zone() {
        String patientId = PatientFixtures.allocatedPatient("3209", "HEART_FAILURE")[0];
        String login = PatientFixtures.linkLogin(patientId);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);
        String olderZone = send(login, now.minusHours(3), 80, Map.of("BREATHLESSNESS", "WORSE"));
        String newerZone = send(login, now.minusHours(1), new BigDecimal("80.5"), Map.of("BREATHLESSNESS", "AS_USUAL"));

        List<RecentReport> recent = reports.measuredSince(UUID.fromString(patientId), now.minusHours(4).toInstant());
        assertThat(recent).extracting(RecentReport::measuredAt)
                .containsExactly(now.minusHours(1).toInstant(), now.minusHours(3).toInstant());
        assertThat(recent).extracting(RecentReport::zone).containsExactly(Zone.valueOf(newerZone), Zone.valueOf(olderZone));
        assertThat(recent.get(1).values()).containsOnlyKeys(MeasurementType.BODY_WEIGHT);
        assertThat(recent.get(1).values().get(MeasurementType.BODY_WEIGHT)).isEqualByComparingTo("80");
        assertThat(recent.get(1).answers()).containsExactly(Map.entry("BREATHLESSNESS", "WORSE"));
        assertThat(recent).allSatisfy(r -> assertThat(r.thresholdSetId()).isNotNull());

        assertThat(reports.measuredSince(UUID.fromString(patientId), now.minusHours(2).toInstant())).hasSize(1);
        List<ReportInput.WeightPoint> weights = reports.weightsSince(UUID.fromString(patientId),
                now.minusHours(4).toInstant());
        assertThat(weights).extracting(ReportInput.WeightPoint::kg)
                .usingElementComparator(BigDecimal::compareTo).containsExactlyInAnyOrder(new BigDecimal("80"), new BigDecimal("80.5"));
        assertThat(reports.weightsSince(UUID.fromString(patientId), Instant.now())).isEmpty();
    }
}
