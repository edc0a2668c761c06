package no.mila.dho.measurement.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusMock;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import no.mila.dho.alert.application.ReportAlerts;
import no.mila.dho.alert.persistence.AlertEntity;
import no.mila.dho.alert.persistence.AlertInserts;
import no.mila.dho.measurement.domain.Evaluation;
import no.mila.dho.measurement.persistence.MeasurementEntity;
import no.mila.dho.measurement.persistence.ReportEntity;
import no.mila.dho.shared.persistence.SqlPart;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A report is stored with its values, answers and alert in one statement, or not at all. */
@QuarkusTest
class ReportAtomicityApiTest {

    @Inject
    AlertInserts inserts;

    @Inject
    ObjectMapper json;

    private final AtomicBoolean alertFails = new AtomicBoolean();

    @BeforeEach
    void alertsThatMayFail() {
        QuarkusMock.installMockForType(new ReportAlerts(inserts, json) {
            @Override
            public SqlPart alertOf(Evaluation evaluation) {
                SqlPart part = super.alertOf(evaluation);
                if (!alertFails.get()) {
                    return part;
                }
                // the alert's reasons are not JSON: its INSERT fails inside the report's statement
                List<Object> broken = new ArrayList<>(part.parameters());
                broken.set(2, "not json");
                return new SqlPart(part.sql(), broken);
            }
        }, ReportAlerts.class);
    }

    @Test
    void a_report_whose_alert_fails_is_not_stored_and_its_retry_is_stored_once_with_its_alert() {
        String[] p = ReportApiTest.patientInFollowUp("COPD");
        UUID patient = UUID.fromString(p[0]);
        UUID id = UUID.randomUUID();
        Map<String, Object> body = ReportApiTest.report(id, OffsetDateTime.now(ZoneOffset.ofHours(1)).withNano(0));
        body.put("spo2", ReportApiTest.quantity(85, "%"));
        body.put("symptoms", Map.of("BREATHLESSNESS", "WORSE"));

        alertFails.set(true);
        assertThat(ReportApiTest.send(p[1], body).statusCode()).isEqualTo(500);
        assertThat(ReportEntity.count("clientReportId", id)).as("no report without its alert").isZero();
        assertThat(MeasurementEntity.count("patientId", patient)).isZero();
        assertThat(AlertEntity.count("patientId", patient)).isZero();

        alertFails.set(false);
        String first = ReportApiTest.send(p[1], body).response().then().statusCode(201).extract().asString();
        String retry = ReportApiTest.send(p[1], body).response().then().statusCode(201).extract().asString();
        assertThat(retry).isEqualTo(first);
        assertThat(ReportEntity.count("clientReportId", id)).isEqualTo(1);
        assertThat(MeasurementEntity.count("patientId", patient)).isEqualTo(1);
        assertThat(AlertEntity.<AlertEntity>list("patientId", patient)).singleElement()
                .satisfies(alert -> assertThat(alert.zone.name()).isEqualTo("RED"));
    }
}
