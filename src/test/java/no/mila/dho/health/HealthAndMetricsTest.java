package no.mila.dho.health;

import static no.mila.dho.testsupport.Management.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HealthAndMetricsTest {

    @Test
    void readiness_checks_the_database() {
        given().when().get("/q/health/ready")
                .then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem(containsString("Database")));
    }

    @Test
    void liveness_is_up() {
        given().when().get("/q/health/live")
                .then().statusCode(200).body("status", equalTo("UP")).body("checks.name", hasItem("dho-backend"));
    }

    @Test
    void metrics_are_served_in_prometheus_format() {
        given().when().get("/q/health/live").then().statusCode(200);
        given().when().get("/q/metrics")
                .then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
    }
}
