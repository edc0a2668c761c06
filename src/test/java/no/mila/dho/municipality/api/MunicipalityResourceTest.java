package no.mila.dho.municipality.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MunicipalityResourceTest {

    @Test
    void staff_see_the_ten_partner_municipalities_of_the_2025_agreement() {
        given().auth().oauth2(Tokens.coordinator("3209")).when().get("/api/municipalities")
                .then().statusCode(200)
                .body("name", hasItems("Ullensaker", "Nes", "Nannestad", "Eidsvoll", "Gjerdrum", "Aurskog-Høland",
                        "Nordre Follo", "Frogn", "Nesodden", "Nittedal"))
                .body("find { it.number == '3209' }.partnerSince", equalTo("2025-01-01"));
    }

    @Test
    void one_municipality_by_number() {
        given().auth().oauth2(Tokens.physician("9200001")).when().get("/api/municipalities/3209")
                .then().statusCode(200).body("name", equalTo("Ullensaker")).body("active", equalTo(true));
    }

    @Test
    void a_malformed_number_is_named_and_an_unknown_one_is_404() {
        given().auth().oauth2(Tokens.nurse()).when().get("/api/municipalities/32x9")
                .then().statusCode(400).body("errors[0].field", equalTo("number"));
        given().auth().oauth2(Tokens.nurse()).when().get("/api/municipalities/9999")
                .then().statusCode(404).body("type", equalTo("urn:dho:problem:not-found"));
    }

    @Test
    void an_admin_adds_a_joining_municipality_and_deactivates_it() {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"3220\", \"name\": \"Enebakk\", \"partnerSince\": \"2026-04-01\"}")
                .when().post("/api/municipalities")
                .then().statusCode(201).header("Location", containsString("/api/municipalities/3220"))
                .body("active", equalTo(true));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"number\": \"3220\", \"name\": \"Enebakk\", \"partnerSince\": \"2026-04-01\"}")
                .when().post("/api/municipalities")
                .then().statusCode(409).body("type", equalTo("urn:dho:problem:conflict"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\": \"2026-01-01\"}")
                .when().post("/api/municipalities/3220/deactivation")
                .then().statusCode(400).body("errors[0].field", equalTo("effectiveFrom"));

        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"effectiveFrom\": \"2026-12-31\"}")
                .when().post("/api/municipalities/3220/deactivation")
                .then().statusCode(200).body("active", equalTo(false)).body("deactivatedOn", equalTo("2026-12-31"));
    }

    @Test
    void only_admins_change_reference_data() {
        for (String role : new String[] {"nurse", "coordinator", "physician", "patient"}) {
            given().auth().oauth2(Tokens.forRole(role)).contentType(ContentType.JSON)
                    .body("{\"number\": \"3218\", \"name\": \"Ås\", \"partnerSince\": \"2026-04-01\"}")
                    .when().post("/api/municipalities")
                    .then().statusCode(403);
        }
    }
}
