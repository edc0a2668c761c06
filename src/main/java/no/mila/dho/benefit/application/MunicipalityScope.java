package no.mila.dho.benefit.application;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import no.mila.dho.shared.problem.ProblemException;
import no.mila.dho.shared.problem.ProblemType;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * Which municipality a caller may see (docs/access.md): a coordinator only their own (token claim
 * {@code municipality}); the team leader and the council any, or all.
 */
@RequestScoped
public class MunicipalityScope {

    private final CurrentUser user;

    public MunicipalityScope(CurrentUser user) {
        this.user = user;
    }

    /**
     * The municipality to answer for: the coordinator's own (asked or not), or the one asked, or all (empty).
     * @throws ProblemException 403 when a coordinator asks for another municipality
     */
    public Optional<String> resolve(Optional<String> asked) {
        if (!user.hasRole(Roles.COORDINATOR) || user.hasRole(Roles.TEAM_LEADER) || user.hasRole(Roles.COUNCIL)) {
            return asked;
        }
        String own = own();
        if (asked.isPresent() && !asked.get().equals(own)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "A coordinator sees only their own municipality");
        }
        return Optional.of(own);
    }

    /** The coordinator's municipality. @throws ProblemException 403 when the token has none */
    public String own() {
        return user.municipality().orElseThrow(() -> new ProblemException(ProblemType.FORBIDDEN,
                "The token names no municipality"));
    }

    public boolean isCoordinator() {
        return user.hasRole(Roles.COORDINATOR);
    }
}
