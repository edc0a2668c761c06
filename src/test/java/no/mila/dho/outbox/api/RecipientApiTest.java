package no.mila.dho.outbox.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;

import io.restassured.http.ContentType;
import io.quarkus.test.junit.QuarkusTest;
import java.util.HashMap;
import java.util.Map;
import no.mila.dho.outbox.application.OutboxFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The recipient register over the API: admin only, every field checked, every change in the trail. */
@QuarkusTest
class RecipientApiTest {

    static Map<String, Object> body(String key) {
        Map<String, Object> body = new HashMap<>();
        body.put("kind", "GP");
        body.put("key", key);
        body.put("name", "Lege Legesen, Testlegesenter");
        body.put("herId", "8100001");
        body.put("organisationNumber", "974633574");
        body.put("transport", "inbox");
        return body;
    }

    @Test
    void an_admin_creates_changes_and_deactivates_an_entry_and_the_trail_names_each_change() {
        String key = OutboxFixtures.freshGp().key();
        String id = given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body(key))
                .post("/api/message-recipients").then().statusCode(201).body("active", equalTo(true))
                .extract().path("id");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body(key))
                .post("/api/message-recipients").then().statusCode(409);
        Map<String, Object> changed = body(key);
        changed.put("transport", "fhir-http");
        changed.put("endpoint", "https://mottak.example.no/fhir");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(changed)
                .put("/api/message-recipients/" + id).then().statusCode(200)
                .body("endpoint", equalTo("https://mottak.example.no/fhir"));
        given().auth().oauth2(Tokens.admin()).post("/api/message-recipients/" + id + "/deactivation")
                .then().statusCode(200).body("active", equalTo(false));
        given().auth().oauth2(Tokens.admin()).post("/api/message-recipients/" + id + "/deactivation")
                .then().statusCode(409);
        given().auth().oauth2(Tokens.admin()).get("/api/message-recipients/" + id + "/changes").then()
                .statusCode(200).body("change", contains("CREATED", "UPDATED", "DEACTIVATED"))
                .body("by", contains("Ada Admin", "Ada Admin", "Ada Admin"));
    }

    @Test
    void every_invalid_field_is_named() {
        Map<String, Object> wrong = body("not-an-hpr");
        wrong.put("herId", "HER");
        wrong.put("transport", "fhir-http");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(wrong)
                .post("/api/message-recipients").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("key", "herId", "endpoint"));
    }

    @Test
    void only_admins_keep_the_register() {
        given().auth().oauth2(Tokens.nurse()).get("/api/message-recipients").then().statusCode(403);
        given().auth().oauth2(Tokens.coordinator("3209")).contentType(ContentType.JSON)
                .body(body("123")).post("/api/message-recipients").then().statusCode(403);
    }
}
