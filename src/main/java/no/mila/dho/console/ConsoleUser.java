package no.mila.dho.console;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import no.mila.dho.shared.security.CurrentUser;
import no.mila.dho.shared.security.Roles;

/**
 * The signed-in person as the console's templates see them ({@code {inject:consoleUser.name}}): name, the role
 * they act in, and which parts of the console they may open (the menu). Access itself is decided by the same
 * {@code @RolesAllowed} and {@code PatientAccess} as in the API; this only hides links that would answer 403.
 */
@RequestScoped
@Named("consoleUser")
public class ConsoleUser {

    private final CurrentUser user;

    public ConsoleUser(CurrentUser user) {
        this.user = user;
    }

    public String getName() {
        return user.displayName();
    }

    /** The role in Norwegian, e.g. {@code sykepleier}. */
    public String getRole() {
        return ConsoleWords.role(user.primaryRole());
    }

    public boolean isNurse() {
        return user.hasRole(Roles.NURSE);
    }

    public boolean isPhysician() {
        return user.hasRole(Roles.PHYSICIAN);
    }

    public boolean isCoordinator() {
        return user.hasRole(Roles.COORDINATOR);
    }

    public boolean isTeamLeader() {
        return user.hasRole(Roles.TEAM_LEADER);
    }

    /** The coordinator's municipality number, or empty. */
    public String getMunicipality() {
        return user.municipality().orElse("");
    }
}
