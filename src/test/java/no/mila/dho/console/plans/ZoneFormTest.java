package no.mila.dho.console.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.shared.problem.FieldViolation;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** A zone's form as items (plain JUnit), and the plan feature's refusals in Norwegian. */
class ZoneFormTest {

    @Test
    void rows_are_kept_as_sent_removed_ones_left_out_and_a_new_item_added_last() {
        ZoneForm form = new ZoneForm(List.of("a", "b", "c"), List.of("ACTIVITY", "MEDICATION", "NUTRITION"),
                List.of("Gå tur ", "Ta prednisolon", "Spis"), List.of("", "Prednisolon", ""),
                List.of("", "30 mg", ""), List.of("", "", ""), List.of("", "etter 5 dager", ""), List.of("c"),
                "WHEN_TO_CALL", "  Ring oss  ", "", "", "", "");
        List<PlanItem> items = form.items(Zone.YELLOW);
        assertThat(items).containsExactly(
                new PlanItem("a", Zone.YELLOW, AdviceCategory.ACTIVITY, "Gå tur ", null, null, null, null),
                new PlanItem("b", Zone.YELLOW, AdviceCategory.MEDICATION, "Ta prednisolon", "Prednisolon", "30 mg",
                        null, "etter 5 dager"),
                new PlanItem(null, Zone.YELLOW, AdviceCategory.WHEN_TO_CALL, "Ring oss", null, null, null, null));
    }

    @Test
    void no_rows_and_an_empty_new_item_is_an_empty_zone_and_an_unknown_category_is_refused() {
        assertThat(new ZoneForm(null, null, null, null, null, null, null, null, "ACTIVITY", " ", null, null, null,
                null).items(Zone.GREEN)).isEmpty();
        assertThatThrownBy(() -> new ZoneForm(null, null, null, null, null, null, null, null, "PILLS", "Tekst",
                null, null, null, null).items(Zone.GREEN)).isInstanceOf(ProblemException.class);
    }

    @Test
    void refusals_are_norwegian_and_name_the_zone_and_row() {
        ProblemException invalid = new ProblemException(ProblemType.VALIDATION_FAILED, "invalid fields",
                List.of(new FieldViolation("zones.YELLOW[1].dose", "a medication item names the dose"),
                        new FieldViolation("zones.RED", "has no advice")));
        assertThat(PlanWords.refusal(invalid, "lagre")).isEqualTo("Planen kan ikke lagres slik: "
                + "Råd 2 i gul sone: et legemiddelråd må ha dosen (1–200 tegn). Planen må gi råd for hver sone, "
                + "og rød sone har ingen.");
        ProblemException forbidden = new ProblemException(ProblemType.FORBIDDEN, "Only a physician");
        assertThat(PlanWords.refusal(forbidden, "lagre")).startsWith("Bare en lege kan legge til");
        assertThat(PlanWords.refusal(forbidden, "godkjenne")).startsWith("Bare pasientens fastlege");
        assertThat(PlanWords.done("godkjent")).startsWith("Planen er godkjent");
        assertThat(PlanWords.done("<script>")).isNull();
    }
}
