package no.mila.dho.economics;

import static io.restassured.RestAssured.given;
import static no.mila.dho.economics.ScenarioEpisodes.Episode.assessedOnly;
import static no.mila.dho.economics.ScenarioEpisodes.Episode.endedByNightlyJob;
import static no.mila.dho.economics.ScenarioEpisodes.Episode.followed;
import static no.mila.dho.economics.ScenarioEpisodes.Episode.notIncluded;
import static no.mila.dho.economics.ScenarioEpisodes.generated;
import static no.mila.dho.economics.ScenarioEpisodes.patient;
import static no.mila.dho.economics.ScenarioEpisodes.pause;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import no.mila.dho.economics.ScenarioEpisodes.Patient;
import no.mila.dho.testsupport.Tokens;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The scenario of issue 15: one operating year (2027) of three municipalities, from the parameters, the budget and
 * the targets entered before the year to the settlement after it, over the REST API as the roles do it. The
 * episodes are generated test-side (plain JDBC into a database of this test's own) and counted by the real code;
 * every expected number below is computed by hand, with the arithmetic in the comments.
 *
 * <ul>
 *   <li>A, 3218 Ås: a partner since 2026 (no start-up fee), meets its target every month.</li>
 *   <li>B, 3220 Enebakk: a partner since 2026, below its target in January, February and May-July; no target for
 *       December (billed its recipients).</li>
 *   <li>C, 3222 Lørenskog: joins on 2027-04-15 (second quarter): no recipients and no target before April, targets
 *       from April, below them in June and August; the start-up fee in the second quarter.</li>
 * </ul>
 * The ten municipalities of the 2025 agreement are deactivated from 2026-12-31 in this database, so the year has
 * exactly these three partners. The comparison puts the long-term model (population-weighted base share, 20 %)
 * beside the 2025 model on the same figures. The counting rule is the default one (docs/economics.md): a patient with
 * an allocated episode (baseline, steady or paused) on at least one day of the month, from the start date to the Oslo
 * date of the end, both inclusive; once per patient and month, however many episodes.
 */
@QuarkusTest
@TestProfile(SettlementScenarioTest.OwnDatabaseAndClock.class)
class SettlementScenarioTest {

    /** A fresh application and database for this scenario alone, with a clock the test sets. */
    public static class OwnDatabaseAndClock implements QuarkusTestProfile {
        @Override
        public Set<Class<?>> getEnabledAlternatives() {
            return Set.of(ScenarioClock.Producer.class);
        }
    }

    static final int YEAR = 2027;
    static final String A = "3218";
    static final String B = "3220";
    static final String C = "3222";
    static final String BEFORE_THE_YEAR = "2026-12-02T11:00:00Z";
    static final String AFTER_THE_YEAR = "2028-01-10T09:00:00Z";
    static final String TEAM_LEADER = Tokens.teamLeader();
    static final String COUNCIL = Tokens.council();

    // ------------------------------------------------------------------------------------------ the episodes
    /** The generated patients; the expected counts below are derived from them by hand. */
    static List<Patient> patients() {
        List<Patient> all = new ArrayList<>();
        // A: five patients followed since October 2026 and still followed: 5 in every month
        all.addAll(generated("A", 5, A, followed("2026-10-05", null)));
        // allocated on the LAST day of January, ended on the FIRST day of June: one day is enough, so January and
        // June both count: Jan-Jun
        all.add(patient("A6", A, followed("2027-01-31", "2027-06-01")));
        // two episodes in March (10-20, then again from the 28th): counted once in March; then Apr-Sep
        all.add(patient("A7", A, followed("2027-03-10", "2027-03-20"), followed("2027-03-28", "2027-09-15")));
        // paused from 20 June to 2 August, so all of July paused: the default rule counts paused patients, so
        // July counts too: May-Nov (ended on 30 November, the last day)
        all.add(patient("A8", A, followed("2027-05-02", "2027-11-30", pause("2027-06-20", "2027-08-02"))));
        // ended by the nightly job on its planned end 1 January, at 00:05 Oslo = 2026-12-31 23:05 UTC: the Oslo
        // date (1 January) is the last day followed, so it counts in January only
        all.add(patient("A9", A, endedByNightlyJob("2026-09-01", "2027-01-01")));
        // never allocated: assessed only, and referred then ended as not included: never counted
        all.add(patient("A10", A, assessedOnly()));
        all.add(patient("A11", A, notIncluded("2027-02-10")));
        // ended on the last day of 2026: not a recipient of 2027
        all.add(patient("A12", A, followed("2026-02-01", "2026-12-31")));

        // B: three patients followed all year
        all.addAll(generated("B", 3, B, followed("2026-12-01", null)));
        // Feb-Apr (ended on 30 April, the last day)
        all.add(patient("B4", B, followed("2027-02-15", "2027-04-30")));
        // from the last day of June to the first day of October: Jun-Oct
        all.add(patient("B5", B, followed("2027-06-30", "2027-10-01")));
        // from 20 November, still followed: Nov-Dec
        all.add(patient("B6", B, followed("2027-11-20", null)));

        // C joins on 15 April
        all.add(patient("C1", C, followed("2027-04-20", null)));
        all.add(patient("C2", C, followed("2027-05-03", "2027-08-31")));
        all.add(patient("C3", C, followed("2027-07-01", null)));
        all.add(patient("C4", C, followed("2027-09-30", null)));
        return all;
    }

    // ------------------------------------------------------------------------------------------ expected counts
    // month:                                     J  F  M  A  M  J  J  A  S  O  N  D
    /** A: 5 + A6 (Jan-Jun) + A7 (Mar-Sep) + A8 (May-Nov) + A9 (Jan). Sum 81. */
    static final int[] A_RECIPIENTS = {7, 6, 7, 7, 8, 8, 7, 7, 7, 6, 6, 5};
    /** A meets or exceeds every month. Sum 77. */
    static final Integer[] A_TARGETS = {6, 6, 7, 7, 7, 8, 7, 7, 6, 6, 5, 5};
    /** max(recipients, target) = the recipients every month. Sum 81. */
    static final int[] A_BILLABLE = {7, 6, 7, 7, 8, 8, 7, 7, 7, 6, 6, 5};

    /** B: 3 + B4 (Feb-Apr) + B5 (Jun-Oct) + B6 (Nov-Dec). Sum 46. */
    static final int[] B_RECIPIENTS = {3, 4, 4, 4, 3, 4, 4, 4, 4, 4, 4, 4};
    /** No target for December. Sum 47. */
    static final Integer[] B_TARGETS = {5, 5, 4, 4, 5, 5, 5, 3, 3, 4, 4, null};
    /** The target in Jan, Feb, May, Jun, Jul (fewer recipients); the recipients elsewhere (December: no target). 53. */
    static final int[] B_BILLABLE = {5, 5, 4, 4, 5, 5, 5, 4, 4, 4, 4, 4};

    /** C: nothing before it joins; C1 (Apr-), C2 (May-Aug), C3 (Jul-), C4 (Sep-). Sum 23. */
    static final int[] C_RECIPIENTS = {0, 0, 0, 1, 2, 2, 3, 3, 3, 3, 3, 3};
    /** Targets from its joining month on. Sum 25. */
    static final Integer[] C_TARGETS = {null, null, null, 1, 2, 3, 3, 4, 3, 3, 3, 3};
    /** The target in June (2 < 3) and August (3 < 4). Sum 25. */
    static final int[] C_BILLABLE = {0, 0, 0, 1, 2, 3, 3, 4, 3, 3, 3, 3};

    // ------------------------------------------------------------------------------------------ money
    // Budget: 180 000.00 + 25 000.00 + 12 345.67 = 217 345.67.
    // Booked: 4 x 45 000.00 (salaries, quarterly) + 24 568.75 (administration) + 15 000.00 (overhead)
    //         - 2 500.00 (a correction of salaries) = 217 068.75.
    // Counted recipient-months: 81 + 46 + 23 = 150; billable: 81 + 53 + 25 = 159; targets: 77 + 47 + 25 = 149.
    // Actual cost per recipient-month: 217 068.75 / 150 = 1 447.125 exactly: half up to the øre 1 447.13 (half even
    // or truncation would give 1 447.12 and every amount below would be off).
    static final BigDecimal PRICE = new BigDecimal("1447.13");
    static final BigDecimal EXPENSES = new BigDecimal("217068.75");

    @Inject
    AgroalDataSource dataSource;

    @Inject
    Clock clock;

    static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    static final Map<String, UUID> IDS = new HashMap<>();
    static boolean prepared;
    static Throwable preparationFailed;

    ScenarioClock clock() {
        return (ScenarioClock) clock;
    }

    /** Once for all tests of the class (they only read); a failure is reported by every test, not retried. */
    @BeforeEach
    void theYearIsPrepared() throws Throwable {
        if (preparationFailed != null) {
            throw new AssertionError("The scenario could not be prepared", preparationFailed);
        }
        if (prepared) {
            return;
        }
        try {
            prepare();
        } catch (Throwable e) {
            preparationFailed = e;
            throw e;
        }
        prepared = true;
    }

    void prepare() throws Exception {
        clock().moveTo(BEFORE_THE_YEAR);
        onlyTheScenariosMunicipalities();
        List<Patient> patients = patients();
        List<UUID> ids = new ScenarioEpisodes(dataSource).insert(patients);
        for (int i = 0; i < patients.size(); i++) {
            IDS.put(patients.get(i).key(), ids.get(i));
        }

        // before the year: the parameters, the budget and the targets
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("riskMarkupPercent", new BigDecimal("3.50"));
        parameters.put("recipientsPerNurse", 73);
        parameters.put("startUpDays", new BigDecimal("2"));
        parameters.put("nurseDayCost", new BigDecimal("3187.45"));
        parameters.put("targetsDue", "2026-12-31");
        parameters.put("secondHalfFromMonth", 7);
        parameters.put("secondHalfDue", "2027-05-01");
        parameters.put("baseSharePercent", new BigDecimal("20"));
        parameters.put("version", 0);
        parameters.put("reason", "Driftsrådets vedtak for 2027");
        given().auth().oauth2(TEAM_LEADER).contentType(ContentType.JSON).body(parameters)
                .put("/api/economics/years/" + YEAR).then().statusCode(200);

        given().auth().oauth2(TEAM_LEADER).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                        budgetLine("SALARIES", "Sykepleiere, 1 årsverk", "180000.00"),
                        budgetLine("ADMINISTRATION", "Teamleder, andel", "25000.00"),
                        budgetLine("OVERHEAD", "Lokaler og IKT", "12345.67")),
                        "version", 0, "reason", "Budsjett 2027"))
                .put("/api/economics/budgets/" + YEAR).then().statusCode(200);

        // the inhabitants, for the long-term model
        given().auth().oauth2(TEAM_LEADER).contentType(ContentType.JSON)
                .body(Map.of("inhabitants", Map.of(A, 21000, B, 11000, C, 48000), "reason", "SSB 1.1.2027"))
                .put("/api/economics/populations/" + YEAR).then().statusCode(200);

        putTargets(TEAM_LEADER, A, A_TARGETS);
        putTargets(Tokens.coordinator(B), B, B_TARGETS);
        putTargets(TEAM_LEADER, C, C_TARGETS);
        // C is no partner before 15 April: a target for March is refused, naming the month
        given().auth().oauth2(TEAM_LEADER).contentType(ContentType.JSON)
                .body(Map.of("months", List.of(Map.of("month", "2027-03", "target", 1)), "reason", "For tidlig"))
                .put("/api/economics/targets/" + YEAR + "/" + C).then().statusCode(422)
                .body("errors.field", org.hamcrest.Matchers.contains("months[0].month"));

        // after the year: the booked expenses, one of them corrected
        clock().moveTo(AFTER_THE_YEAR);
        for (String quarterEnd : List.of("2027-03-31", "2027-06-30", "2027-09-30", "2027-12-31")) {
            book("SALARIES", quarterEnd, "45000.00", "Lønn kvartal");
        }
        book("ADMINISTRATION", "2027-12-31", "24568.75", "Administrasjon 2027");
        book("OVERHEAD", "2027-12-31", "15000.00", "Overhead 2027");
        book("SALARIES", "2027-12-31", "-2500.00", "Korreksjon: feilført lønn i 4. kvartal");
    }

    // ------------------------------------------------------------------------------------------ recipients
    @Test
    void the_recipients_of_each_municipality_and_month_are_the_hand_counted_ones() throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        JsonNode body = json(COUNCIL, "/api/economics/recipients?year=" + YEAR);

        assertThat(body.path("year").asInt()).isEqualTo(YEAR);
        assertThat(numbers(body.path("municipalities"))).containsExactly(A, B, C);
        SoftAssertions soft = new SoftAssertions();
        expectRecipients(soft, body, A, A_RECIPIENTS, A_TARGETS, 81);
        expectRecipients(soft, body, B, B_RECIPIENTS, B_TARGETS, 46);
        expectRecipients(soft, body, C, C_RECIPIENTS, C_TARGETS, 23);
        soft.assertAll();
    }

    @Test
    void the_patients_behind_a_count_are_each_listed_once() throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        // A in March: A1-A5, A6 and A7 (two episodes in March, listed once)
        JsonNode march = json(TEAM_LEADER, "/api/economics/recipients/" + A + "/2027-03/patients");
        assertThat(ids(march)).containsExactlyInAnyOrderElementsOf(ids("A1", "A2", "A3", "A4", "A5", "A6", "A7"));
        // A7 is followed from the first day of its first episode to the last of its second
        JsonNode a7 = byId(march, "A7");
        assertThat(a7.path("followedFrom").asText()).isEqualTo("2027-03-10");
        assertThat(a7.path("followedTo").asText()).isEqualTo("2027-09-15");
        // the five followed since 2026 are still followed
        assertThat(byId(march, "A1").path("followedTo").isNull()).isTrue();
        // A in January: A9, ended by the nightly job just after midnight on 1 January (Oslo), is one of them
        JsonNode january = json(TEAM_LEADER, "/api/economics/recipients/" + A + "/2027-01/patients");
        assertThat(ids(january)).containsExactlyInAnyOrderElementsOf(ids("A1", "A2", "A3", "A4", "A5", "A6", "A9"));
        assertThat(byId(january, "A9").path("followedTo").asText()).isEqualTo("2027-01-01");
        // A in July: A8, paused all month, counts by the default rule
        JsonNode july = json(TEAM_LEADER, "/api/economics/recipients/" + A + "/2027-07/patients");
        assertThat(ids(july)).containsExactlyInAnyOrderElementsOf(ids("A1", "A2", "A3", "A4", "A5", "A7", "A8"));
    }

    // ------------------------------------------------------------------------------------------ estimate
    @Test
    void the_estimate_before_the_year_is_the_budget_over_the_targets_with_the_risk_mark_up() throws Exception {
        clock().moveTo(BEFORE_THE_YEAR);
        JsonNode estimate = json(TEAM_LEADER, "/api/economics/estimates/" + YEAR);

        SoftAssertions soft = new SoftAssertions();
        // 180 000.00 + 25 000.00 + 12 345.67
        expectAmount(soft, estimate, "estimatedTotalCost", "217345.67");
        // 77 + 47 + 25 (C has no targets before April, B none for December)
        soft.assertThat(estimate.path("estimatedRecipientMonths").asLong()).as("estimatedRecipientMonths")
                .isEqualTo(149);
        // 217 345.67 / 149 = 1 458.6957... -> 1 458.70
        expectAmount(soft, estimate, "averageCostPerRecipientMonth", "1458.70");
        // price = 217 345.67 x 1.035 / 149 = 224 952.76845 / 149 = 1 509.7501... -> 1 509.75 (rounding the average
        // first gives the same: 1 458.70 + 3.5 % of it, 51.0545 -> 51.05, = 1 509.75)
        expectAmount(soft, estimate, "estimatedPricePerRecipientMonth", "1509.75");
        // the mark-up shown: 1 509.75 - 1 458.70
        expectAmount(soft, estimate, "riskMarkup", "51.05");
        // per municipality: price x its targets, exact
        JsonNode payments = estimate.path("municipalities");
        soft.assertThat(numbers(payments)).as("estimated municipalities").containsExactly(A, B, C);
        expectAmount(soft, byMunicipality(payments, A), "estimatedPayment", "116250.75"); // 1 509.75 x 77
        expectAmount(soft, byMunicipality(payments, B), "estimatedPayment", "70958.25"); // 1 509.75 x 47
        expectAmount(soft, byMunicipality(payments, C), "estimatedPayment", "37743.75"); // 1 509.75 x 25
        soft.assertThat(byMunicipality(payments, C).path("targetMonths").asLong()).as("C targetMonths").isEqualTo(25);
        // 116 250.75 + 70 958.25 + 37 743.75 = 224 952.75 (= 1 509.75 x 149)
        expectAmount(soft, estimate, "totalEstimatedPayment", "224952.75");
        // staffing: the month's targets of all three / 73, to two decimals half up
        //          Jan    Feb    Mar    Apr    May    Jun    Jul    Aug    Sep    Oct    Nov    Dec
        // targets  6+5=11 11     7+4=11 7+4+1  7+5+2  8+5+3  7+5+3  7+3+4  6+3+3  6+4+3  5+4+3  5+0+3
        //                               =12    =14    =16    =15    =14    =12    =13    =12    =8
        int[] targets = {11, 11, 11, 12, 14, 16, 15, 14, 12, 13, 12, 8};
        // 11/73 = 0.1507 -> 0.15; 12/73 = 0.1644 -> 0.16; 14/73 = 0.1918 -> 0.19; 16/73 = 0.2192 -> 0.22;
        // 15/73 = 0.2055 -> 0.21; 13/73 = 0.1781 -> 0.18; 8/73 = 0.1096 -> 0.11
        String[] nurses = {"0.15", "0.15", "0.15", "0.16", "0.19", "0.22", "0.21", "0.19", "0.16", "0.18", "0.16",
                "0.11"};
        JsonNode staffing = estimate.path("staffing").path("months");
        soft.assertThat(staffing.size()).as("staffing months").isEqualTo(12);
        for (int m = 0; m < 12; m++) {
            JsonNode month = staffing.path(m);
            soft.assertThat(month.path("month").asText()).isEqualTo(month(m));
            soft.assertThat(month.path("targets").asInt()).as("targets " + month(m)).isEqualTo(targets[m]);
            expectAmount(soft, month, "nurses", nurses[m]);
        }
        // the year: 149 / (12 x 73) = 149 / 876 = 0.1701 -> 0.17
        expectAmount(soft, estimate.path("staffing"), "averageNurses", "0.17");
        soft.assertAll();
    }

    // ------------------------------------------------------------------------------------------ settlement
    @Test
    void every_invoice_line_of_the_settlement_is_the_hand_computed_one() throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        JsonNode settlement = json(COUNCIL, "/api/economics/settlements/" + YEAR);

        SoftAssertions soft = new SoftAssertions();
        expectAmount(soft, settlement, "bookedExpenses", "217068.75");
        soft.assertThat(settlement.path("recipientMonths").asLong()).as("recipientMonths").isEqualTo(150);
        soft.assertThat(settlement.path("billableRecipientMonths").asLong()).as("billableRecipientMonths")
                .isEqualTo(159);
        // 217 068.75 / 150 = 1 447.125 -> 1 447.13 (half up)
        expectAmount(soft, settlement, "actualCostPerRecipientMonth", "1447.13");
        soft.assertThat(settlement.path("preliminary").asBoolean(true)).as("preliminary").isFalse();
        assertThat(numbers(settlement.path("municipalities"))).containsExactly(A, B, C);

        // amount = 1 447.13 x billable: x0 = 0.00, x1 = 1 447.13, x2 = 2 894.26, x3 = 4 341.39, x4 = 5 788.52,
        // x5 = 7 235.65, x6 = 8 682.78, x7 = 10 129.91, x8 = 11 577.04
        // month:          J           F          M           A           M           J
        //                 J           A          S           O           N           D
        expectLines(soft, byMunicipality(settlement.path("municipalities"), A), A_RECIPIENTS, A_TARGETS, A_BILLABLE,
                new String[] {"10129.91", "8682.78", "10129.91", "10129.91", "11577.04", "11577.04",
                              "10129.91", "10129.91", "10129.91", "8682.78", "8682.78", "7235.65"});
        expectLines(soft, byMunicipality(settlement.path("municipalities"), B), B_RECIPIENTS, B_TARGETS, B_BILLABLE,
                new String[] {"7235.65", "7235.65", "5788.52", "5788.52", "7235.65", "7235.65",
                              "7235.65", "5788.52", "5788.52", "5788.52", "5788.52", "5788.52"});
        expectLines(soft, byMunicipality(settlement.path("municipalities"), C), C_RECIPIENTS, C_TARGETS, C_BILLABLE,
                new String[] {"0.00", "0.00", "0.00", "1447.13", "2894.26", "4341.39",
                              "4341.39", "5788.52", "4341.39", "4341.39", "4341.39", "4341.39"});
        soft.assertAll();
    }

    @Test
    void each_municipality_pays_its_lines_c_its_start_up_fee_in_the_second_quarter_and_the_surplus_is_shown()
            throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        JsonNode settlement = json(COUNCIL, "/api/economics/settlements/" + YEAR);
        JsonNode invoices = settlement.path("municipalities");

        SoftAssertions soft = new SoftAssertions();
        // A: 1 447.13 x 81 = 117 217.53; joined before the year: no fee
        JsonNode a = byMunicipality(invoices, A);
        soft.assertThat(a.path("billableRecipientMonths").asLong()).as("A billable").isEqualTo(81);
        expectAmount(soft, a, "amount", "117217.53");
        soft.assertThat(a.path("startUpFee").isMissingNode() || a.path("startUpFee").isNull()).as("A fee").isTrue();
        expectAmount(soft, a, "total", "117217.53");
        // B: 1 447.13 x 53 = 76 697.89
        JsonNode b = byMunicipality(invoices, B);
        soft.assertThat(b.path("recipientMonths").asLong()).as("B recipients").isEqualTo(46);
        soft.assertThat(b.path("billableRecipientMonths").asLong()).as("B billable").isEqualTo(53);
        expectAmount(soft, b, "amount", "76697.89");
        expectAmount(soft, b, "total", "76697.89");
        // C: 1 447.13 x 25 = 36 178.25; joined 2027-04-15: the start-up fee 2 days x 3 187.45 = 6 374.90 in the
        // second quarter; its total 36 178.25 + 6 374.90 = 42 553.15
        JsonNode c = byMunicipality(invoices, C);
        expectAmount(soft, c, "amount", "36178.25");
        JsonNode fee = c.path("startUpFee");
        soft.assertThat(fee.path("quarter").asText()).as("C fee quarter").isEqualTo("2027-K2");
        soft.assertThat(fee.path("partnerSince").asText()).as("C partnerSince").isEqualTo("2027-04-15");
        expectAmount(soft, fee, "amount", "6374.90");
        expectAmount(soft, c, "total", "42553.15");

        // invoiced (lines only): 117 217.53 + 76 697.89 + 36 178.25 = 230 093.67 (= 1 447.13 x 159)
        expectAmount(soft, settlement, "invoiced", "230093.67");
        expectAmount(soft, settlement, "startUpFees", "6374.90");
        // surplus: 230 093.67 - 217 068.75 = 13 024.92: the target floors (9 recipient-months: B 7, C 2, x 1 447.125
        // = 13 024.125) and the half-øre of rounding on 159 billed months (159 x 0.005 = 0.795)
        expectAmount(soft, settlement, "surplus", "13024.92");
        soft.assertAll();
    }

    @Test
    void the_comparison_puts_the_2025_model_beside_the_population_weighted_base_share() throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        JsonNode comparison = json(COUNCIL, "/api/economics/settlements/" + YEAR + "/comparison");
        String model2025 = "2025";
        String longTerm = "befolkningsvektet-grunnandel";

        SoftAssertions soft = new SoftAssertions();
        expectAmount(soft, comparison, "actualCost", "217068.75");
        expectAmount(soft, comparison, "baseSharePercent", "20");
        JsonNode rows = comparison.path("municipalities");
        soft.assertThat(numbers(rows)).as("rows").containsExactly(A, B, C);
        // the 2025 model: the settlement's line sums (no start-up fee); per recipient-month = payment / counted
        // A 117 217.53 / 81 = 1 447.13; B 76 697.89 / 46 = 1 667.3454 -> 1 667.35; C 36 178.25 / 23 = 1 572.9674
        // -> 1 572.97: the target floors make B and C pay more per recipient than A
        expectPayment(soft, rows, A, model2025, 81, "117217.53", "1447.13");
        expectPayment(soft, rows, B, model2025, 46, "76697.89", "1667.35");
        expectPayment(soft, rows, C, model2025, 23, "36178.25", "1572.97");
        // the long-term model, base share 20 %: 217 068.75 x 20 % = 43 413.75 by inhabitants x partner months
        // (A 21 000 x 12 = 252 000, B 11 000 x 12 = 132 000, C 48 000 x 9 (Apr-Dec) = 432 000; sum 816 000), the
        // other 173 655.00 by counted recipient-months at 173 655.00 / 150 = 1 157.70 each:
        // A 43 413.75 x 252/816 = 13 407.1875 + 1 157.70 x 81 = 93 773.70 -> 107 180.8875
        // B 43 413.75 x 132/816 =  7 022.8125 + 1 157.70 x 46 = 53 254.20 ->  60 277.0125
        // C 43 413.75 x 432/816 = 22 983.75   + 1 157.70 x 23 = 26 627.10 ->  49 610.85
        // in whole øre, rounded down: 107 180.88 + 60 277.01 + 49 610.85 = 217 068.74; the øre left goes to the
        // largest remainder (A's 0.75 øre before B's 0.25), so the three add up to the cost exactly
        expectPayment(soft, rows, A, longTerm, 81, "107180.89", "1323.22"); // / 81 = 1 323.2209
        expectPayment(soft, rows, B, longTerm, 46, "60277.01", "1310.37"); // / 46 = 1 310.3698
        expectPayment(soft, rows, C, longTerm, 23, "49610.85", "2156.99"); // / 23 = 2 156.9935
        JsonNode models = comparison.path("models");
        soft.assertThat(models.size()).as("models").isEqualTo(2);
        for (JsonNode model : models) {
            // the 2025 model collects the cost and the surplus (230 093.67); the long-term one exactly the cost
            expectAmount(soft, model, "total", model2025.equals(model.path("name").asText())
                    ? "230093.67" : "217068.75");
        }
        soft.assertAll();
    }

    @Test
    void a_coordinator_sees_only_their_own_invoice_beside_the_collaborations_totals() throws Exception {
        clock().moveTo(AFTER_THE_YEAR);
        JsonNode settlement = json(Tokens.coordinator(B), "/api/economics/settlements/" + YEAR);

        assertThat(numbers(settlement.path("municipalities"))).containsExactly(B);
        SoftAssertions soft = new SoftAssertions();
        expectAmount(soft, byMunicipality(settlement.path("municipalities"), B), "total", "76697.89");
        expectAmount(soft, settlement, "actualCostPerRecipientMonth", "1447.13");
        expectAmount(soft, settlement, "surplus", "13024.92");
        soft.assertAll();
    }

    @Test
    void the_settlement_as_csv_has_a_line_per_municipality_and_month_the_fee_and_the_sums() {
        clock().moveTo(AFTER_THE_YEAR);
        String csv = given().auth().oauth2(COUNCIL).get("/api/economics/settlements/" + YEAR + "?format=csv")
                .then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        // the header, 3 x 12 month lines, C's start-up fee line, a sum line for each of the three, and four lines
        // of the collaboration (booked expenses, invoiced, start-up fees, surplus)
        assertThat(lines).hasSize(1 + 36 + 1 + 3 + 4);
        // B in January: 3 recipients, target 5, billed 5 x 1 447.13
        assertThat(lines).contains("3220,Enebakk,Måned,2027-01,3,5,5,7235.65");
        // C: no target before it joined; the fee of the second quarter; its sum 36 178.25 + 6 374.90
        assertThat(lines).contains("3222,Lørenskog,Måned,2027-03,0,,0,0.00",
                "3222,Lørenskog,Oppstartskostnad 2027-K2,,,,,6374.90",
                "3222,Lørenskog,Sum,,23,,25,42553.15");
        // 150 counted and 159 billed recipient-months; the surplus 230 093.67 - 217 068.75
        assertThat(lines).contains(",Alle kommuner,Fakturert uten oppstartskostnader,,150,,159,230093.67",
                ",Alle kommuner,Overskudd for driftsrådet,,,,,13024.92");
    }

    // ------------------------------------------------------------------------------------------ helpers
    void onlyTheScenariosMunicipalities() {
        List<String> seeded = given().auth().oauth2(Tokens.admin()).get("/api/municipalities").then().statusCode(200)
                .extract().jsonPath().getList("findAll { it.active }.number", String.class);
        for (String number : seeded) {
            given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                    .body(Map.of("effectiveFrom", "2026-12-31"))
                    .post("/api/municipalities/" + number + "/deactivation").then().statusCode(200);
        }
        addMunicipality(A, "Ås", "2026-03-01");
        addMunicipality(B, "Enebakk", "2026-03-01");
        // a partner date in the future is accepted
        addMunicipality(C, "Lørenskog", "2027-04-15");
    }

    static void addMunicipality(String number, String name, String partnerSince) {
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("number", number, "name", name, "partnerSince", partnerSince))
                .post("/api/municipalities").then().statusCode(201);
    }

    static Map<String, Object> budgetLine(String kind, String text, String amount) {
        return Map.of("kind", kind, "text", text, "amount", new BigDecimal(amount));
    }

    static void putTargets(String token, String municipality, Integer[] targets) {
        List<Map<String, Object>> months = new ArrayList<>();
        for (int m = 0; m < 12; m++) {
            if (targets[m] != null) {
                months.add(Map.of("month", month(m), "target", targets[m]));
            }
        }
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("months", months, "reason", "Måltall for " + YEAR))
                .put("/api/economics/targets/" + YEAR + "/" + municipality).then().statusCode(200);
    }

    static void book(String kind, String bookedOn, String amount, String text) {
        given().auth().oauth2(TEAM_LEADER).contentType(ContentType.JSON)
                .body(Map.of("kind", kind, "bookedOn", bookedOn, "amount", new BigDecimal(amount), "text", text))
                .post("/api/economics/expenses/" + YEAR).then().statusCode(201);
    }

    static JsonNode json(String token, String path) throws Exception {
        String body = given().auth().oauth2(token).accept(ContentType.JSON).get(path).then().statusCode(200)
                .extract().asString();
        return JSON.readTree(body);
    }

    static String month(int index) {
        return String.format("%d-%02d", YEAR, index + 1);
    }

    static List<String> numbers(JsonNode municipalities) {
        List<String> numbers = new ArrayList<>();
        municipalities.forEach(m -> numbers.add(m.path("municipality").asText()));
        return numbers;
    }

    static JsonNode byMunicipality(JsonNode list, String number) {
        for (JsonNode m : list) {
            if (number.equals(m.path("municipality").asText())) {
                return m;
            }
        }
        throw new AssertionError("No entry for municipality " + number + " in " + list);
    }

    static List<String> ids(JsonNode patients) {
        JsonNode list = patients.isArray() ? patients : patients.path("patients");
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }

    static JsonNode byId(JsonNode patients, String key) {
        String id = IDS.get(key).toString();
        for (JsonNode p : patients) {
            if (id.equals(p.path("id").asText())) {
                return p;
            }
        }
        throw new AssertionError("Patient " + key + " not in " + patients);
    }

    static List<String> ids(String... keys) {
        List<String> ids = new ArrayList<>();
        for (String key : keys) {
            ids.add(IDS.get(key).toString());
        }
        return ids;
    }

    static void expectAmount(SoftAssertions soft, JsonNode node, String field, String expected) {
        JsonNode value = node.path(field);
        soft.assertThat(value.isNumber() ? value.decimalValue() : null).as(field + " of " + node)
                .isEqualByComparingTo(new BigDecimal(expected));
    }

    static void expectPayment(SoftAssertions soft, JsonNode rows, String municipality, String model,
                              int recipientMonths, String payment, String perRecipientMonth) {
        JsonNode row = byMunicipality(rows, municipality);
        soft.assertThat(row.path("recipientMonths").asInt()).as(municipality + " recipientMonths")
                .isEqualTo(recipientMonths);
        JsonNode p = row.path("payments").path(model);
        expectAmount(soft, p, "payment", payment);
        expectAmount(soft, p, "perRecipientMonth", perRecipientMonth);
    }

    static void expectRecipients(SoftAssertions soft, JsonNode body, String municipality, int[] recipients,
                                 Integer[] targets, int sum) {
        JsonNode m = byMunicipality(body.path("municipalities"), municipality);
        JsonNode months = m.path("months");
        soft.assertThat(months.size()).as(municipality + " months").isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            JsonNode month = months.path(i);
            String label = municipality + " " + month(i);
            soft.assertThat(month.path("month").asText()).as(label).isEqualTo(month(i));
            soft.assertThat(month.path("recipients").asInt()).as(label + " recipients").isEqualTo(recipients[i]);
            soft.assertThat(month.path("target").isNull() ? null : month.path("target").asInt())
                    .as(label + " target").isEqualTo(targets[i]);
        }
        soft.assertThat(m.path("recipientMonths").asInt()).as(municipality + " recipientMonths").isEqualTo(sum);
    }

    static void expectLines(SoftAssertions soft, JsonNode invoice, int[] recipients, Integer[] targets,
                            int[] billable, String[] amounts) {
        String municipality = invoice.path("municipality").asText();
        JsonNode lines = invoice.path("lines");
        soft.assertThat(lines.size()).as(municipality + " lines").isEqualTo(12);
        for (int i = 0; i < 12; i++) {
            JsonNode line = lines.path(i);
            String label = municipality + " " + month(i);
            soft.assertThat(line.path("month").asText()).as(label).isEqualTo(month(i));
            soft.assertThat(line.path("recipients").asInt()).as(label + " recipients").isEqualTo(recipients[i]);
            soft.assertThat(line.path("target").isNull() || line.path("target").isMissingNode()
                    ? null : line.path("target").asInt()).as(label + " target").isEqualTo(targets[i]);
            soft.assertThat(line.path("billable").asInt()).as(label + " billable").isEqualTo(billable[i]);
            expectAmount(soft, line, "amount", amounts[i]);
        }
    }
}
