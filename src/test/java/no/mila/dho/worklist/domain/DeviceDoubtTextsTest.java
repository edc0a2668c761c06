package no.mila.dho.worklist.domain;

import static org.assertj.core.api.Assertions.assertThat;

import no.mila.dho.patient.domain.EquipmentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DeviceDoubtTextsTest {

    @Test
    void the_control_request_stands_alone_without_a_note_and_the_note_follows_it() {
        assertThat(DeviceDoubtTexts.controlMeasurement(null)).isEqualTo(DeviceDoubtTexts.CONTROL_REQUEST);
        assertThat(DeviceDoubtTexts.controlMeasurement("  \n ")).isEqualTo(DeviceDoubtTexts.CONTROL_REQUEST);
        assertThat(DeviceDoubtTexts.controlMeasurement(" Mål i morgen tidlig. "))
                .isEqualTo(DeviceDoubtTexts.CONTROL_REQUEST + "\n\nMål i morgen tidlig.");
    }

    @ParameterizedTest
    @EnumSource(EquipmentType.class)
    void the_device_check_names_every_device_in_norwegian_and_nothing_else(EquipmentType device) {
        String detail = DeviceDoubtTexts.deviceCheck(device);
        assertThat(detail).startsWith("Hjemmebesøk for å kontrollere utstyret: ").doesNotContain(device.name())
                .doesNotContainPattern("[0-9]");
    }

    @Test
    void a_device_check_without_a_device_is_the_visit_alone() {
        assertThat(DeviceDoubtTexts.deviceCheck(null)).isEqualTo("Hjemmebesøk for å kontrollere utstyret");
    }
}
