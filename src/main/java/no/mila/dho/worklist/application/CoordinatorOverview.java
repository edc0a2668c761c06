package no.mila.dho.worklist.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.sql.Date;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.mila.dho.shared.persistence.SqlValues;
import no.mila.dho.shared.paging.Page;
import no.mila.dho.shared.paging.PageRequest;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * A municipality's patients for its coordinator: pathway state, last report, equipment out, and the open "no
 * reports" task (so they can visit). Nothing clinical: no alert contents, values, notes or plan content. A
 * coordinator sees only their own municipality; another one answers 404 exactly like one that does not exist (as the
 * municipality's equipment does).
 */
@ApplicationScoped
public class CoordinatorOverview {

    /** One patient of the municipality. */
    public record Row(UUID patientId, String name, String pathway, String state, Instant lastReportAt,
                      List<String> equipment, LocalDate noReportsTaskDue, String noReportsSince) {
    }

    private final EntityManager em;
    private final CurrentUser user;

    public CoordinatorOverview(EntityManager em, CurrentUser user) {
        this.em = em;
        this.user = user;
    }

    @SuppressWarnings("unchecked")
    public Page<Row> of(String municipality, PageRequest page) {
        boolean nurse = user.hasRole(Roles.NURSE);
        if (!nurse && !user.municipality().filter(municipality::equals).isPresent()) {
            throw ProblemException.notFound("Municipality " + municipality);
        }
        long total = ((Number) em.createNativeQuery("SELECT count(*) FROM patient WHERE municipality = ?1")
                .setParameter(1, municipality).getSingleResult()).longValue();
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.given_name || ' ' || p.family_name, e.pathway, e.state,
                       (SELECT max(r.received_at) FROM report r WHERE r.patient_id = p.id),
                       (SELECT string_agg(q.type, ',' ORDER BY q.type) FROM equipment q
                         WHERE q.patient_id = p.id AND q.returned_on IS NULL),
                       t.due_date, t.detail
                  FROM patient p
                  LEFT JOIN episode e ON e.patient_id = p.id AND e.state <> 'ENDED'
                  LEFT JOIN follow_up_task t ON t.patient_id = p.id AND t.type = 'NO_REPORTS' AND t.status <> 'CLOSED'
                 WHERE p.municipality = ?1
                 ORDER BY p.family_name, p.given_name, p.id LIMIT ?2 OFFSET ?3""")
                .setParameter(1, municipality).setParameter(2, page.size()).setParameter(3, page.page() * page.size())
                .getResultList();
        List<Row> result = new ArrayList<>();
        for (Object[] r : rows) {
            result.add(new Row((UUID) r[0], (String) r[1], (String) r[2], (String) r[3],
                    SqlValues.instant(r[4]),
                    r[5] == null ? List.of() : Arrays.asList(((String) r[5]).split(",")),
                    SqlValues.localDate(r[6]), (String) r[7]));
        }
        return Page.of(result, page, total);
    }
}
