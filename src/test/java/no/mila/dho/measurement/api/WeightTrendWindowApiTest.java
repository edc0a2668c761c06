package no.mila.dho.measurement.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.measurement.domain.WeightTrendRule;
import org.junit.jupiter.api.Test;

/** The service fetches the earlier weights of the same calendar-day window as the rule counts. */
@QuarkusTest
class WeightTrendWindowApiTest {

    @Test
    void a_weight_from_just_after_oslo_midnight_three_days_ago_counts_though_it_is_more_than_72_hours_old() {
        String[] p = ReportApiTest.patientInFollowUp("HEART_FAILURE");
        ZonedDateTime now = ZonedDateTime.now(WeightTrendRule.CALENDAR).withNano(0);
        LocalDate firstDay = now.toLocalDate().minusDays(3);
        OffsetDateTime earlierAt = firstDay.atStartOfDay(WeightTrendRule.CALENDAR).plusMinutes(1).toOffsetDateTime();
        Map<String, Object> earlier = ReportApiTest.report(UUID.randomUUID(), earlierAt);
        earlier.put("weight", ReportApiTest.quantity("80.0", "kg"));
        assertThat(ReportApiTest.send(p[1], earlier).statusCode()).isEqualTo(201);
        Map<String, Object> today = ReportApiTest.report(UUID.randomUUID(), now.toOffsetDateTime());
        today.put("weight", ReportApiTest.quantity("83.0", "kg"));
        ReportApiTest.send(p[1], today).response().then().statusCode(201).body("zone", equalTo("RED"))
                .body("reasons", hasItem("Vekten din har økt 3 kg på 3 dager. En økning på 3 kg eller mer gir rød sone."));
    }
}
