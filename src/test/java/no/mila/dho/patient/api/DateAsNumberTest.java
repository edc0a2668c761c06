package no.mila.dho.patient.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/**
 * A date sent as a number is refused and named (it would otherwise be read as days since 1970: 2147483648 became
 * the year 5881580 and a 500 from the database, found by the request fuzzer), and nothing is changed.
 */
@QuarkusTest
class DateAsNumberTest {

    @Test
    void a_return_date_sent_as_a_number_is_a_400_naming_the_field() {
        String patient = PatientFixtures.registerPatient("3209");
        String p = "/api/patients/" + patient;
        String equipment = given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("type", "SCALES", "serialNumber", "D-" + UUID.randomUUID(),
                        "handedOutOn", LocalDate.now().toString()))
                .post(p + "/equipment").then().statusCode(201).extract().path("id").toString();
        for (Object number : new Object[] {2147483648L, 0, 20261202}) {
            given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON).body(Map.of("returnedOn", number))
                    .post(p + "/equipment/" + equipment + "/return").then().statusCode(400)
                    .body("errors.field", hasItem("returnedOn"));
        }
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("returnedOn", LocalDate.now().toString()))
                .post(p + "/equipment/" + equipment + "/return").then().statusCode(200);
    }
}
