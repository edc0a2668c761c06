package no.mila.dho.shared.security;

/** The realm roles of Keycloak realm {@code dho}, as they arrive in {@code realm_access.roles}. */
public final class Roles {

    /** The patient (tjenestemottaker): only their own record, through {@code /api/me}. */
    public static final String PATIENT = "patient";
    /** A nurse of the follow-up service (oppfølgingstjenesten): all patients of all partner municipalities. */
    public static final String NURSE = "nurse";
    /**
     * The team leader of the follow-up service: distributes the work, reassigning an item of the worklist to a named
     * nurse; sees the worklist and its items for that. A team leader who also follows up patients is a nurse too.
     */
    public static final String TEAM_LEADER = "team-leader";
    /**
     * A member of the operations council (driftsrådet) of the collaboration: reads the economics and evaluation
     * reports of every municipality (numbers, never the patients behind them).
     */
    public static final String COUNCIL = "council";
    /** A DHO coordinator: the patients of their own municipality (token claim {@code municipality}). */
    public static final String COORDINATOR = "coordinator";
    /** A GP or hospital specialist (token claim {@code hpr}): the patients they are responsible for. */
    public static final String PHYSICIAN = "physician";
    /** Reference data and users' links; no clinical content. */
    public static final String ADMIN = "admin";
    /** A machine client of a hospital reading measurements over FHIR. */
    public static final String FHIR_CLIENT = "fhir-client";

    private Roles() {
    }
}
