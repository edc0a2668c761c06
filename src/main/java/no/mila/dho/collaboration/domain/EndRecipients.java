package no.mila.dho.collaboration.domain;

import java.util.ArrayList;
import java.util.List;
import no.mila.dho.outbox.domain.Addressee;
import no.mila.dho.outbox.domain.RecipientKind;

/**
 * Who hears of the end of a pathway (seed 003, 2.3: "shared between home municipality, GP and hospital"): the home
 * municipality's coordinator, the GP where registered, and the hospital department where one is involved: the
 * responsible department, and the referring department when that is another.
 */
public final class EndRecipients {

    private EndRecipients() {
    }

    public static List<Addressee> of(String municipality, String gpHpr, String responsibleDepartment,
                                     String referralDepartment) {
        List<Addressee> to = new ArrayList<>();
        to.add(Addressee.coordinator(municipality));
        if (gpHpr != null && !gpHpr.isBlank()) {
            to.add(Addressee.gp(gpHpr));
        }
        if (responsibleDepartment != null) {
            to.add(Addressee.department(responsibleDepartment));
        }
        if (referralDepartment != null && !referralDepartment.equals(responsibleDepartment)) {
            to.add(Addressee.department(referralDepartment));
        }
        return to;
    }

    /**
     * Whether the recipient reads the clinical detail of the end (the free-text reason): the GP and the hospital do;
     * the coordinator gets the reason's category only (no clinical notes: domain, "Who is involved").
     */
    static boolean readsClinicalDetail(Addressee to) {
        return to.kind() != RecipientKind.COORDINATOR && to.kind() != RecipientKind.HOME_NURSING;
    }
}
