package no.mila.dho.console.patients;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import no.mila.dho.console.ConsoleFormat;
import no.mila.dho.patient.application.PatientRecord;
import no.mila.dho.patient.domain.NationalIdentityNumber;
import no.mila.dho.shared.paging.Page;

/**
 * The patient list ({@code templates/console/patients/list.html}): a page of the patients the caller may see whose name
 * contains {@code name}, as {@code GET /api/patients} finds them (national ids masked as there), with links to the
 * previous and next page.
 */
public record PatientList(String name, List<Row> rows, long total, int page, int pages, String previous,
                          String next) {

    /** A patient of the list: a link to the patient's page. */
    public record Row(String id, String href, String name, String nationalIdMasked, String birthDate,
                      String municipality) {
    }

    static PatientList of(String name, Page<PatientRecord> found) {
        List<Row> rows = found.items().stream().map(p -> new Row(p.id().toString(), "/console/patients/" + p.id(),
                p.details().givenName() + " " + p.details().familyName(),
                new NationalIdentityNumber(p.details().nationalId()).masked(),
                ConsoleFormat.date(p.details().birthDate()),
                p.details().municipality())).toList();
        String query = "/console/patients?" + (name == null || name.isBlank() ? ""
                : "navn=" + URLEncoder.encode(name.strip(), StandardCharsets.UTF_8) + "&") + "side=";
        int page = found.page();
        return new PatientList(name == null ? "" : name.strip(), rows, found.totalItems(), page + 1,
                Math.max(found.totalPages(), 1), page > 0 ? query + (page - 1) : null,
                page + 1 < found.totalPages() ? query + (page + 1) : null);
    }
}
