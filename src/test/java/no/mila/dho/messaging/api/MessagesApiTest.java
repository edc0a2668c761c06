package no.mila.dho.messaging.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import no.mila.dho.messaging.domain.AutomaticReply;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MessagesApiTest {

    private static final String NURSE = Tokens.nurse();

    private static JsonPath post(String token, String path, Object body, int status) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).post(path)
                .then().statusCode(status).extract().jsonPath();
    }

    private static JsonPath get(String token, String path, int status) {
        return given().auth().oauth2(token).get(path).then().statusCode(status).extract().jsonPath();
    }

    @Test
    void a_patient_message_is_answered_at_once_read_by_a_nurse_answered_and_read_back() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        String mine = "/api/me/messages";
        String theirs = "/api/patients/" + patientId + "/messages";

        JsonPath sent = post(me, mine, Map.of("subject", "Hoste", "text", "Jeg hoster mer enn før.\nEr det farlig?"), 201);
        String thread = sent.getString("threadId");
        String reply = sent.getString("automaticReply.text");
        assertThat(reply).isEqualTo(AutomaticReply.to(Instant.parse(sent.getString("automaticReply.sentAt"))))
                .contains("ikke en akuttjeneste").contains("116 117").contains("113");
        JsonPath myThreads = get(me, mine, 200);
        assertThat(myThreads.getList("items.id", String.class)).containsExactly(thread);
        assertThat(myThreads.getInt("items[0].unread")).as("the automatic reply, unread by the patient").isEqualTo(1);

        JsonPath ofNurse = get(NURSE, theirs, 200);
        assertThat(ofNurse.getString("items[0].subject")).isEqualTo("Hoste");
        assertThat(ofNurse.getInt("items[0].unread")).as("the patient's message, unread by the service").isEqualTo(1);
        Map<String, Object> line = worklistLine(thread);
        assertThat(line).as("an unread patient message is on the worklist").isNotNull()
                .containsEntry("kind", "MESSAGE").containsEntry("level", "MESSAGE").containsEntry("patientId", patientId)
                .containsEntry("detail", "Hoste").containsEntry("reasons", List.of("Ulest melding fra pasienten"));
        JsonPath messages = get(NURSE, theirs + "/" + thread, 200);
        assertThat(messages.getList("messages.items.author", String.class)).containsExactly("AUTOMATIC", "PATIENT");
        assertThat(messages.getString("messages.items[1].text")).isEqualTo("Jeg hoster mer enn før.\nEr det farlig?");
        assertThat(messages.getString("messages.items[1].readAt")).isNull();

        given().auth().oauth2(NURSE).post(theirs + "/" + thread + "/read").then().statusCode(204);
        given().auth().oauth2(NURSE).get(theirs + "/" + thread).then().statusCode(200)
                .body("thread.unread", equalTo(0))
                .body("messages.items[1].readBy", equalTo("Nora Sykepleier"))
                .body("messages.items[1].readAt", notNullValue());

        assertThat(worklistLine(thread)).as("read: off the worklist").isNull();
        post(NURSE, theirs + "/" + thread, Map.of("text", "Ring oss gjerne i dag, så tar vi en prat."), 201);
        assertThat(get(me, mine + "/" + thread, 200).getInt("thread.unread")).isEqualTo(2);
        given().auth().oauth2(me).post(mine + "/" + thread + "/read").then().statusCode(204);
        assertThat(get(me, mine + "/" + thread, 200).getInt("thread.unread")).isZero();
        given().auth().oauth2(NURSE).get(theirs + "/" + thread).then().statusCode(200)
                .body("messages.items[0].author", equalTo("SERVICE"))
                .body("messages.items[0].authorName", equalTo("Nora Sykepleier"))
                .body("messages.items[0].readAt", notNullValue());
    }

    /** The worklist line of the thread, checking that only red alerts come before it; null if absent. */
    private static Map<String, Object> worklistLine(String threadId) {
        List<String> before = new java.util.ArrayList<>();
        for (int page = 0; page < 1000; page++) {
            JsonPath list = given().auth().oauth2(NURSE).queryParam("municipality", "3209").queryParam("size", 100)
                    .queryParam("page", page).get("/api/worklist").then().statusCode(200).extract().jsonPath();
            List<Map<String, Object>> items = list.getList("items");
            for (Map<String, Object> item : items) {
                if (threadId.equals(item.get("id"))) {
                    assertThat(before).allMatch(level -> level.equals("RED") || level.equals("MESSAGE"));
                    return item;
                }
                before.add((String) item.get("level"));
            }
            if (items.size() < 100) {
                return null;
            }
        }
        return null;
    }

    @Test
    void a_nurse_answering_has_read_the_patients_messages_and_a_service_thread_gets_no_automatic_reply() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        String theirs = "/api/patients/" + patientId + "/messages";
        JsonPath started = post(NURSE, theirs, Map.of("subject", "Månedlig kontakt", "text", "Hvordan går det?"), 201);
        assertThat(started.getString("automaticReply")).isNull();
        String thread = started.getString("threadId");
        post(me, "/api/me/messages/" + thread, Map.of("text", "Bra, takk."), 201);
        assertThat(get(NURSE, theirs + "/" + thread, 200).getInt("thread.unread")).isEqualTo(1);
        post(NURSE, theirs + "/" + thread, Map.of("text", "Fint å høre."), 201);
        given().auth().oauth2(NURSE).get(theirs + "/" + thread).then().statusCode(200)
                .body("thread.unread", equalTo(0)).body("messages.items.author",
                        equalTo(List.of("SERVICE", "AUTOMATIC", "PATIENT", "SERVICE")));
    }

    @Test
    void threads_and_messages_are_paged() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        for (int i = 0; i < 3; i++) {
            post(me, "/api/me/messages", Map.of("subject", "Spørsmål " + i, "text", "Tekst " + i), 201);
        }
        JsonPath page = given().auth().oauth2(me).queryParam("size", 2).queryParam("page", 1).get("/api/me/messages")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getLong("totalItems")).isEqualTo(3);
        assertThat(page.getInt("totalPages")).isEqualTo(2);
        assertThat(page.getList("items")).hasSize(1);
        given().auth().oauth2(me).queryParam("size", 101).get("/api/me/messages").then().statusCode(400);
    }

    @Test
    void empty_huge_multi_line_and_control_character_input_is_refused_naming_the_field() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        Map<Map<String, Object>, String> refused = new java.util.LinkedHashMap<>();
        refused.put(Map.of("subject", "", "text", "x"), "subject");
        refused.put(Map.of("subject", "   ", "text", "x"), "subject");
        refused.put(Map.of("subject", "x", "text", " \n "), "text");
        refused.put(Map.of("subject", "a\nb", "text", "x"), "subject");
        refused.put(Map.of("subject", "x".repeat(201), "text", "x"), "subject");
        refused.put(Map.of("subject", "x", "text", "x".repeat(4001)), "text");
        refused.put(Map.of("subject", "x"), "text");
        refused.forEach((body, field) -> given().auth().oauth2(me).contentType(ContentType.JSON).body(body)
                .post("/api/me/messages").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field)));
        given().auth().oauth2(me).contentType(ContentType.JSON).body("{\"subject\":\"x\",\"text\":\"a\\u0007b\"}")
                .post("/api/me/messages").then().statusCode(400).contentType("application/problem+json");
        given().auth().oauth2(me).contentType(ContentType.JSON).body("{\"subject\":\"x\",\"text\":\"a\\u0000b\"}")
                .post("/api/me/messages").then().statusCode(400);
        Map<String, Object> longest = new HashMap<>(Map.of("subject", "ø".repeat(200), "text", "😀".repeat(2000)));
        post(me, "/api/me/messages", longest, 201);
        assertThat(get(me, "/api/me/messages", 200).getLong("totalItems")).as("only the valid one stored").isEqualTo(1);
    }

    @Test
    void nobody_reaches_another_patients_thread_and_coordinators_and_physicians_get_no_content() {
        String a = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String b = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String patientA = Tokens.patient(PatientFixtures.linkLogin(a));
        String patientB = Tokens.patient(PatientFixtures.linkLogin(b));
        String threadOfA = post(patientA, "/api/me/messages", Map.of("subject", "Privat", "text", "Hemmelig"), 201)
                .getString("threadId");

        get(patientB, "/api/me/messages/" + threadOfA, 404);
        post(patientB, "/api/me/messages/" + threadOfA, Map.of("text", "x"), 404);
        given().auth().oauth2(patientB).post("/api/me/messages/" + threadOfA + "/read").then().statusCode(404);
        get(NURSE, "/api/patients/" + b + "/messages/" + threadOfA, 404);
        post(NURSE, "/api/patients/" + b + "/messages/" + threadOfA, Map.of("text", "x"), 404);
        get(NURSE, "/api/patients/" + UUID.randomUUID() + "/messages", 404);
        for (String token : List.of(Tokens.coordinator("3209"), Tokens.physician(PatientFixtures.GP_HPR), Tokens.admin())) {
            String body = given().auth().oauth2(token).get("/api/patients/" + a + "/messages/" + threadOfA)
                    .then().statusCode(403).extract().asString();
            assertThat(body).doesNotContain("Hemmelig").doesNotContain("Privat");
            get(token, "/api/patients/" + a + "/messages", 403);
        }
        get(NURSE, "/api/me/messages", 403);
    }

    @Test
    void every_access_to_messages_is_in_the_patients_access_log() {
        String patientId = PatientFixtures.allocatedPatient("3209", "COPD")[0];
        String me = Tokens.patient(PatientFixtures.linkLogin(patientId));
        String thread = post(me, "/api/me/messages", Map.of("subject", "Logg", "text", "x"), 201).getString("threadId");
        get(NURSE, "/api/patients/" + patientId + "/messages/" + thread, 200);
        given().auth().oauth2(Tokens.coordinator("3209")).get("/api/patients/" + patientId + "/messages").then()
                .statusCode(403);
        JsonPath log = given().auth().oauth2(NURSE).queryParam("size", 100)
                .get("/api/patients/" + patientId + "/access-log").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> entries = log.getList("items.findAll { it.resource.startsWith('message ') }");
        assertThat(entries).extracting(e -> e.get("actorRole") + " " + e.get("action") + " " + e.get("outcome"))
                .contains("patient CREATE ALLOWED", "nurse READ ALLOWED", "coordinator READ DENIED");
    }
}
