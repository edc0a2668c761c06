package no.mila.dho.console.municipality;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.console.ConsoleWords;
import no.mila.dho.municipality.application.MunicipalityService;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.patient.application.ReferenceData;
import no.mila.dho.patient.domain.EquipmentType;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.worklist.application.CoordinatorOverview;

/**
 * The municipality overview page: exactly the API's {@link CoordinatorOverview} (pathway state, last report, equipment
 * out, an open "no reports" task and a device check asked for; nothing clinical), in Norwegian. A coordinator sees her
 * own municipality (another one is 404, as in the API); a nurse chooses one.
 */
@ApplicationScoped
class Overview {

    private static final PageRequest FIRST = new PageRequest(0, PageRequest.MAX_SIZE);

    /** One patient of the municipality, as shown. */
    record Row(String patientId, String name, String pathway, String state, String lastReport, String equipment,
               String noReportsTaskDue, String deviceCheckDue) {
    }

    /** The page: the municipality chosen (or none yet), its patients, and the municipalities to choose among. */
    record OverviewPage(String number, String name, List<Row> rows, long total, List<Municipality> choices) {

        public boolean chosen() {
            return !number.isEmpty();
        }

        public boolean partial() {
            return total > rows.size();
        }
    }

    private final CoordinatorOverview overview;
    private final MunicipalityService municipalities;
    private final ReferenceData referenceData;
    private final CurrentUser user;

    Overview(CoordinatorOverview overview, MunicipalityService municipalities, ReferenceData referenceData,
             CurrentUser user) {
        this.overview = overview;
        this.municipalities = municipalities;
        this.referenceData = referenceData;
        this.user = user;
    }

    OverviewPage of(String chosen) {
        String number = chosen != null && !chosen.isBlank() ? chosen.strip() : user.municipality().orElse("");
        List<Municipality> choices = municipalities.all().stream().filter(Municipality::active).toList();
        if (number.isEmpty()) {
            return new OverviewPage("", "", List.of(), 0, choices);
        }
        Page<CoordinatorOverview.Row> page = overview.of(number, FIRST);
        Map<String, String> pathways = referenceData.pathwayNamesNb();
        List<Row> rows = page.items().stream().map(r -> new Row(r.patientId().toString(), r.name(),
                r.pathway() == null ? "" : pathways.getOrDefault(r.pathway(), r.pathway()),
                MunicipalityTexts.state(r.state()), r.lastReportAt() == null ? "Ingen" : ConsoleFormat.dateTime(
                        r.lastReportAt()), r.equipment().stream()
                .map(t -> ConsoleWords.equipment(EquipmentType.valueOf(t)))
                .collect(Collectors.joining(", ")), ConsoleFormat.date(r.noReportsTaskDue()),
                ConsoleFormat.date(r.deviceCheckDue()))).toList();
        String name = choices.stream().filter(m -> m.number().equals(number)).map(Municipality::name).findFirst()
                .orElse(number);
        return new OverviewPage(number, name, rows, page.totalItems(), choices);
    }
}
