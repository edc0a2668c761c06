package no.mila.dho.console.plans;

import java.util.ArrayList;
import java.util.List;
import no.mila.dho.measurement.domain.Zone;
import no.mila.dho.plan.domain.AdviceCategory;
import no.mila.dho.plan.domain.PlanItem;
import no.mila.dho.shared.problem.ProblemException;

/**
 * One zone's form of the draft as the browser sends it: the items as parallel lists (one entry per row, every row
 * sends every field; a medication item a nurse may not change comes back in hidden fields exactly as it was), the
 * ids ticked for removal, and the new item's fields (no new item while its text is empty). Blank fields are none.
 */
record ZoneForm(List<String> ids, List<String> categories, List<String> texts, List<String> drugs,
                List<String> doses, List<String> starts, List<String> stops, List<String> removed,
                String newCategory, String newText, String newDrug, String newDose, String newStart,
                String newStop) {

    /** The zone's items as the form wants them, in order, the new item last. */
    List<PlanItem> items(Zone zone) {
        List<PlanItem> items = new ArrayList<>();
        int rows = ids == null ? 0 : ids.size();
        for (int i = 0; i < rows; i++) {
            String id = at(ids, i);
            if (id != null && removed != null && removed.contains(id)) {
                continue;
            }
            items.add(new PlanItem(id, zone, category(at(categories, i)), at(texts, i), at(drugs, i),
                    at(doses, i), at(starts, i), at(stops, i)));
        }
        if (blankToNull(newText) != null) {
            items.add(new PlanItem(null, zone, category(newCategory), newText.strip(), trimmed(newDrug),
                    trimmed(newDose), trimmed(newStart), trimmed(newStop)));
        }
        return items;
    }

    private static AdviceCategory category(String name) {
        try {
            return name == null ? null : AdviceCategory.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("category", "unknown advice category");
        }
    }

    /** A row's field as sent (not stripped: an unchanged medication item must compare equal), blank as none. */
    private static String at(List<String> list, int i) {
        return list == null || i >= list.size() ? null : blankToNull(list.get(i));
    }

    private static String trimmed(String s) {
        String t = blankToNull(s);
        return t == null ? null : t.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
