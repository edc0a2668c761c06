package no.mila.dho.economics.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * Which municipalities' economics the caller may see or change (docs/access.md, docs/economics.md): a coordinator
 * only their own (token claim {@code municipality}), team leader and council all. Roles are checked by
 * {@code @RolesAllowed} first; this narrows a coordinator.
 */
@RequestScoped
public class EconomicsAccess {

    private final CurrentUser user;

    public EconomicsAccess(CurrentUser user) {
        this.user = user;
    }

    /** Empty for those who see all; a coordinator's own municipality (403 without the claim). */
    public Optional<String> limitedTo() {
        if (user.hasRole(Roles.TEAM_LEADER) || user.hasRole(Roles.COUNCIL)) {
            return Optional.empty();
        }
        if (user.hasRole(Roles.COORDINATOR)) {
            return Optional.of(user.municipality().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                    "A coordinator's token must name their municipality")));
        }
        throw new ProblemException(ProblemType.FORBIDDEN, "Not allowed for your role");
    }

    /** The municipality asked for, or for a coordinator their own; 403 for another's. */
    public Optional<String> scope(Optional<String> asked) {
        Optional<String> limit = limitedTo();
        if (limit.isPresent() && asked.isPresent() && !asked.equals(limit)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A coordinator sees only their own municipality "
                    + limit.get());
        }
        return limit.isPresent() ? limit : asked;
    }

    /** 403 unless the caller may see (or, with the write roles, change) {@code municipality}. */
    public void require(String municipality) {
        scope(Optional.of(municipality));
    }
}
