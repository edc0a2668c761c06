package no.mila.dho.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import no.mila.dho.measurement.domain.Zone;
import org.junit.jupiter.api.Test;

class PlanRulesTest {

    static final PlanItem WALK = new PlanItem("00000000-0000-4000-8000-000000000001", Zone.GREEN, AdviceCategory.ACTIVITY,
            "Gå tur hver dag", null, null, null, null);
    static final PlanItem PREDNISOLON = new PlanItem("00000000-0000-4000-8000-000000000002", Zone.YELLOW,
            AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "30 mg", "ved gul sone", "etter 5 dager");
    static final PlanItem CALL = new PlanItem("00000000-0000-4000-8000-000000000003", Zone.RED, AdviceCategory.WHEN_TO_CALL,
            "Ring fastlegen", null, null, null, null);
    static final List<PlanItem> PLAN = List.of(WALK, PREDNISOLON, CALL);

    @Test
    void every_change_of_a_medication_item_is_a_medication_change() {
        List<PlanItem> changedMedication = List.of(
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon nå", "Prednisolon", "30 mg", "ved gul sone", "etter 5 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon Actavis", "30 mg", "ved gul sone", "etter 5 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "40 mg", "ved gul sone", "etter 5 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "30 mg", "straks", "etter 5 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "30 mg", "ved gul sone", "etter 7 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.RED, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "30 mg", "ved gul sone", "etter 5 dager"),
                new PlanItem(PREDNISOLON.key(), Zone.YELLOW, AdviceCategory.WHEN_TO_CALL, "Ta prednisolon", null, null, null, null));
        for (PlanItem changed : changedMedication) {
            assertThat(PlanRules.changesMedication(PLAN, List.of(WALK, changed, CALL))).as(changed.toString()).isTrue();
        }
        assertThat(PlanRules.changesMedication(PLAN, List.of(WALK, CALL))).as("removed").isTrue();
        PlanItem added = new PlanItem("00000000-0000-4000-8000-000000000009", Zone.RED, AdviceCategory.MEDICATION,
                "Ta antibiotika", "Amoksicillin", "500 mg x 3", null, null);
        assertThat(PlanRules.changesMedication(PLAN, List.of(WALK, PREDNISOLON, CALL, added))).as("added").isTrue();
        PlanItem turnedIntoMedication = new PlanItem(WALK.key(), Zone.GREEN, AdviceCategory.MEDICATION, "Gå tur",
                "Salbutamol", "2 doser", null, null);
        assertThat(PlanRules.changesMedication(PLAN, List.of(turnedIntoMedication, PREDNISOLON, CALL))).isTrue();
    }

    @Test
    void other_items_may_change_and_every_item_may_move_within_its_zone() {
        PlanItem editedWalk = new PlanItem(WALK.key(), Zone.GREEN, AdviceCategory.ACTIVITY, "Gå tur 30 minutter", null,
                null, null, null);
        assertThat(PlanRules.changesMedication(PLAN, List.of(CALL, PREDNISOLON, editedWalk))).isFalse();
        assertThat(PlanRules.changesMedication(PLAN, List.of(PREDNISOLON))).isFalse();
        List<PlanItem> more = new ArrayList<>(PLAN);
        more.add(new PlanItem("00000000-0000-4000-8000-000000000010", Zone.YELLOW, AdviceCategory.MUCUS_CLEARING,
                "Bruk PEP-fløyte", null, null, null, null));
        assertThat(PlanRules.changesMedication(PLAN, more)).isFalse();
    }

    @Test
    void medication_items_name_drug_and_dose_and_only_they_do() {
        PlanItem noDose = new PlanItem("k1", Zone.YELLOW, AdviceCategory.MEDICATION, "Ta", "Prednisolon", " ", null, null);
        PlanItem walkWithDrug = new PlanItem("k2", Zone.GREEN, AdviceCategory.ACTIVITY, "Gå", "Prednisolon", null, null, null);
        PlanItem noText = new PlanItem("k3", Zone.RED, AdviceCategory.WHEN_TO_CALL, " ", null, null, null, null);
        assertThat(PlanRules.problems(List.of("Gå tur"), List.of(noDose, walkWithDrug, noText)))
                .extracting(PlanRules.Violation::field)
                .containsExactlyInAnyOrder("zones.YELLOW[0].dose", "zones.GREEN[0].category", "zones.RED[0].text");
        assertThat(PlanRules.problems(List.of("Gå tur"), PLAN)).isEmpty();
        assertThat(PlanRules.problems(List.of(""), PLAN)).extracting(PlanRules.Violation::field).containsExactly("goals[0]");
        assertThat(PlanRules.problems(List.of(), List.of(WALK, WALK))).extracting(PlanRules.Violation::field)
                .containsExactly("zones");
    }

    @Test
    void copies_go_to_the_gp_the_follow_up_service_and_home_nursing_where_the_patient_has_it() {
        assertThat(PlanRules.recipients(false)).containsExactlyInAnyOrder(Recipient.GP, Recipient.FOLLOW_UP_SERVICE);
        assertThat(PlanRules.recipients(true)).containsExactlyInAnyOrder(Recipient.GP, Recipient.FOLLOW_UP_SERVICE,
                Recipient.HOME_NURSING);
    }

    @Test
    void home_nursing_takes_part_only_where_the_patient_had_home_nursing_visits_at_allocation() {
        assertThat(PlanRules.hasHomeNursing(null)).isFalse();
        assertThat(PlanRules.hasHomeNursing(0)).isFalse();
        assertThat(PlanRules.hasHomeNursing(1)).isTrue();
    }

    @Test
    void only_the_active_and_the_superseded_versions_are_approved() {
        assertThat(EnumSet.allOf(PlanStatus.class).stream().filter(PlanStatus::isApproved))
                .containsExactly(PlanStatus.ACTIVE, PlanStatus.SUPERSEDED);
        assertThat(PlanStatus.approvedNames()).containsExactly("ACTIVE", "SUPERSEDED");
    }

    @Test
    void a_medication_item_reads_with_drug_dose_start_and_stop() {
        assertThat(PREDNISOLON.patientText()).isEqualTo("Prednisolon 30 mg: Ta prednisolon. Start: ved gul sone. Stopp: etter 5 dager.");
        assertThat(WALK.patientText()).isEqualTo("Gå tur hver dag");
    }

    @Test
    void a_new_draft_starts_from_the_goals_sent_else_the_newer_of_the_active_plan_and_the_goal_conversation() {
        java.time.Instant monday = java.time.Instant.parse("2026-11-02T10:00:00Z");
        PlanRules.GoalSource plan = new PlanRules.GoalSource(List.of("Fra planen"), monday);
        PlanRules.GoalSource earlier = new PlanRules.GoalSource(List.of("Fra samtalen"), monday.minusSeconds(60));
        PlanRules.GoalSource later = new PlanRules.GoalSource(List.of("Fra samtalen"), monday.plusSeconds(60));
        PlanRules.GoalSource same = new PlanRules.GoalSource(List.of("Fra samtalen"), monday);
        assertThat(PlanRules.startingGoals(List.of("Sendt"), plan, later)).containsExactly("Sendt");
        assertThat(PlanRules.startingGoals(List.of(), plan, later)).isEmpty();
        assertThat(PlanRules.startingGoals(null, plan, later)).containsExactly("Fra samtalen");
        assertThat(PlanRules.startingGoals(null, plan, same)).containsExactly("Fra samtalen");
        assertThat(PlanRules.startingGoals(null, plan, earlier)).containsExactly("Fra planen");
        assertThat(PlanRules.startingGoals(null, null, earlier)).containsExactly("Fra samtalen");
        assertThat(PlanRules.startingGoals(null, plan, null)).containsExactly("Fra planen");
        assertThat(PlanRules.startingGoals(null, null, null)).isEmpty();
    }
}
