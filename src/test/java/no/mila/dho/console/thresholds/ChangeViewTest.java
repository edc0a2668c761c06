package no.mila.dho.console.thresholds;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mila.dho.threshold.domain.ThresholdDiff;
import org.junit.jupiter.api.Test;

/** The comparison on a change's page: every limit, the changed ones first with their difference, nothing dropped. */
class ChangeViewTest {

    @Test
    void the_changed_limits_come_first_then_the_rest_in_the_forms_order() {
        Map<String, String> proposed = new LinkedHashMap<>();
        proposed.put("SYSTOLIC.redLow", "90");
        proposed.put("PULSE.redHigh", "120");
        proposed.put("SPO2.redLow", "85");
        proposed.put("SPO2.yellowLow", "97");
        List<ChangeView.CompareRow> rows = ChangeView.rows(proposed, List.of(
                new ThresholdDiff.Change("SPO2.yellowLow", new BigDecimal("92"), new BigDecimal("97")),
                new ThresholdDiff.Change("SPO2.redHigh", new BigDecimal("100"), null)));

        assertThat(rows).extracting(ChangeView.CompareRow::key).containsExactly("SPO2.yellowLow", "SPO2.redHigh",
                "SYSTOLIC.redLow", "PULSE.redHigh", "SPO2.redLow");
        assertThat(rows.get(0)).extracting(ChangeView.CompareRow::before, ChangeView.CompareRow::proposed,
                ChangeView.CompareRow::difference, ChangeView.CompareRow::changed).containsExactly("92", "97", "+5", true);
        assertThat(rows.get(1).difference()).isEqualTo("fjernet");
        assertThat(rows.get(2).changed()).isFalse();
        assertThat(rows.get(2).before()).isEqualTo(rows.get(2).proposed());
    }
}
