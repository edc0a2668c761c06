package no.mila.dho.worklist.application;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import no.mila.dho.testsupport.PatientFixtures;
import no.mila.dho.testsupport.Tokens;
import org.junit.jupiter.api.Test;

/** The cadence job with controlled dates: each rule on its working day and not before, and nothing twice. */
@QuarkusTest
class CadenceJobTest {

    @Inject
    CadenceJob job;

    @Inject
    AgroalDataSource dataSource;

    static String allocatedFrom(LocalDate start, String pathway) {
        String patient = PatientFixtures.registerPatient("3209");
        String episode = PatientFixtures.refer(patient, pathway);
        PatientFixtures.assess(patient, episode, PatientFixtures.answers(pathway));
        given().auth().oauth2(Tokens.nurse()).contentType(ContentType.JSON)
                .body(Map.of("consentDate", start.minusDays(1).toString(), "baselineNursingVisitsPerMonth", 0,
                        "baselineNursingMinutesPerMonth", 0, "startDate", start.toString()))
                .post("/api/patients/" + patient + "/episodes/" + episode + "/allocation").then().statusCode(200);
        return patient;
    }

    /** The patient's tasks as "TYPE due-date period-key", in creation order. */
    List<String> tasks(String patient) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT type, due_date, period_key FROM follow_up_task WHERE patient_id = ?::uuid ORDER BY type, period_key")) {
            s.setString(1, patient);
            List<String> tasks = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    tasks.add(r.getString(1) + " " + r.getDate(2).toLocalDate() + " " + r.getString(3));
                }
            }
            return tasks;
        }
    }

    @Test
    void weekly_contact_after_easter_on_the_first_working_day_and_not_before() throws Exception {
        // started Thursday 26 March 2026: day 7 is Maundy Thursday; Good Friday, the weekend and Easter Monday
        // follow: the contact is due Tuesday 7 April
        String patient = allocatedFrom(LocalDate.parse("2026-03-26"), "COPD");
        job.run(LocalDate.parse("2026-04-01"));
        job.run(LocalDate.parse("2026-04-06"));
        assertThat(tasks(patient)).isEmpty();
        job.run(LocalDate.parse("2026-04-07"));
        assertThat(tasks(patient)).singleElement().asString().startsWith("WEEKLY_CONTACT 2026-04-07");
    }

    @Test
    void day_14_brings_the_goal_conversation_the_threshold_review_and_no_reports_once_even_run_twice_and_concurrently()
            throws Exception {
        LocalDate start = LocalDate.parse("2026-11-02");
        String patient = allocatedFrom(start, "COPD");
        job.run(start.plusDays(13));
        assertThat(tasks(patient)).extracting(t -> t.split(" ")[0]).containsExactly("WEEKLY_CONTACT");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return job.run(start.plusDays(14));
            }));
        }
        go.countDown();
        for (Future<Integer> run : runs) {
            run.get();
        }
        pool.shutdown();
        job.run(start.plusDays(14));
        // week 2's contact waits while week 1's is open: at most one open task of a type
        assertThat(tasks(patient)).containsExactly(
                "GOAL_CONVERSATION 2026-11-16 " + episodeKey(patient, "goal"),
                "NO_REPORTS 2026-11-16 since:2026-11-02",
                "THRESHOLD_REVIEW 2026-11-16 " + episodeKey(patient, "threshold-review"),
                "WEEKLY_CONTACT 2026-11-09 " + episodeKey(patient, "week-1"));
    }

    @Test
    void a_missed_day_after_a_yellow_report_raises_measure_daily() throws Exception {
        LocalDate today = no.mila.dho.shared.time.ClockProducer.today(java.time.Clock.systemUTC());
        String patient = allocatedFrom(today.minusDays(40), "COPD");
        String login = PatientFixtures.linkLogin(patient);
        given().auth().oauth2(Tokens.patient(login)).contentType(ContentType.JSON)
                .body(Map.of("reportId", UUID.randomUUID().toString(),
                        "measuredAt", OffsetDateTime.now(ZoneOffset.UTC).withNano(0).toString(),
                        "spo2", Map.of("value", 90, "unit", "%")))
                .post("/api/me/reports").then().statusCode(201);
        job.run(today.plusDays(1));
        assertThat(tasks(patient)).noneMatch(t -> t.startsWith("MEASURE_DAILY"));
        job.run(today.plusDays(2));
        assertThat(tasks(patient)).filteredOn(t -> t.startsWith("MEASURE_DAILY")).singleElement().asString()
                .endsWith("after:" + today);
    }

    private String episodeKey(String patient, String suffix) {
        String episode = given().auth().oauth2(Tokens.nurse()).get("/api/patients/" + patient + "/episodes").then()
                .extract().path("[0].id");
        return episode + ":" + suffix;
    }
}
