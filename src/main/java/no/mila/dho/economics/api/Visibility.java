package no.mila.dho.economics.api;

import java.util.function.Predicate;
import no.mila.dho.municipality.domain.Municipality;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * Whose lines a caller of the price reports sees: the team leader and the council every municipality's, a
 * coordinator only their own municipality's (claim {@code municipality}; none without it). The totals of the
 * collaboration are numbers of no single municipality and are shown to all of them.
 */
final class Visibility {

    private Visibility() {
    }

    static Predicate<String> of(CurrentUser user) {
        if (user.hasRole(Roles.TEAM_LEADER) || user.hasRole(Roles.COUNCIL)) {
            return number -> true;
        }
        return number -> user.municipality().filter(number::equals).isPresent();
    }

    static String name(java.util.Map<String, Municipality> municipalities, String number) {
        Municipality m = municipalities.get(number);
        return m == null ? number : m.name();
    }
}
