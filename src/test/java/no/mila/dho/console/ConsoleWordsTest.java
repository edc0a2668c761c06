package no.mila.dho.console;

import static org.assertj.core.api.Assertions.assertThat;

import no.mila.dho.patient.domain.EquipmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ConsoleWordsTest {

    @ParameterizedTest
    @EnumSource(EquipmentType.class)
    void a_device_label_is_its_norwegian_name_capitalised(EquipmentType device) {
        String label = ConsoleWords.equipment(device);
        assertThat(label.toLowerCase()).isEqualTo(device.nameNb());
        assertThat(Character.isUpperCase(label.charAt(0))).isTrue();
        assertThat(label).doesNotContain("_");
    }

    @Test
    void the_device_labels_are_the_ones_the_pages_show() {
        assertThat(ConsoleWords.equipment(EquipmentType.BLOOD_PRESSURE_MONITOR)).isEqualTo("Blodtrykksmåler");
        assertThat(ConsoleWords.equipment(EquipmentType.PULSE_OXIMETER)).isEqualTo("Pulsoksymeter");
        assertThat(ConsoleWords.equipment(EquipmentType.SCALES)).isEqualTo("Vekt");
        assertThat(ConsoleWords.equipment(EquipmentType.THERMOMETER)).isEqualTo("Termometer");
    }
}
