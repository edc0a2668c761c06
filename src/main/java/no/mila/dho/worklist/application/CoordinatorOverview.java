package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;
import no.mila.dho.worklist.persistence.OverviewRows;

/**
 * A municipality's patients for its coordinator: pathway state, last report, equipment out, the open "no
 * reports" task (so they can visit) and an open device-check visit a nurse asked for (the device). Nothing clinical:
 * no alert contents, values, notes, messages or plan content. A coordinator sees only their own municipality; another one answers 404 exactly like one that does not exist (as the
 * municipality's equipment does).
 */
@ApplicationScoped
public class CoordinatorOverview {

    /** One patient of the municipality. */
    public record Row(UUID patientId, String name, String pathway, String state, Instant lastReportAt,
                      List<String> equipment, LocalDate noReportsTaskDue, String noReportsSince,
                      LocalDate deviceCheckDue, String deviceCheck) {

        static Row of(OverviewRows.Patient p) {
            return new Row(p.patientId(), p.name(), p.pathway(), p.state(), p.lastReportAt(), p.equipment(),
                    p.noReportsTaskDue(), p.noReportsSince(), p.deviceCheckDue(), p.deviceCheck());
        }
    }

    private final OverviewRows rows;
    private final CurrentUser user;

    public CoordinatorOverview(OverviewRows rows, CurrentUser user) {
        this.rows = rows;
        this.user = user;
    }

    public Page<Row> of(String municipality, PageRequest page) {
        boolean nurse = user.hasRole(Roles.NURSE);
        if (!nurse && !user.municipality().filter(municipality::equals).isPresent()) {
            throw ProblemException.notFound("Municipality " + municipality);
        }
        long total = rows.count(municipality);
        List<Row> result = rows.page(municipality, page.page(), page.size()).stream().map(Row::of).toList();
        return Page.of(result, page, total);
    }
}
