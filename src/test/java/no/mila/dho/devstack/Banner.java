package no.mila.dho.devstack;

/** What the local run prints once everything is up: URLs, demo users and a copy-paste call. */
final class Banner {

    private Banner() {
    }

    static String text(int appPort, int managementPort, KeycloakServer keycloak) {
        String app = "http://localhost:" + appPort;
        String management = "http://localhost:" + managementPort;
        return """

                =====================================================================================
                 MILA DHO backend is running (LOCAL DEMO: demo users and data, not for patient data)
                =====================================================================================
                 Web console      %1$s/console    (sign in as a demo user below)
                 API              %1$s/api
                 Swagger UI       %5$s/q/swagger-ui    (management port: not for an Ingress)
                 OpenAPI          %5$s/q/openapi
                 Health           %5$s/q/health/ready
                 Metrics          %5$s/q/metrics
                 Keycloak         %2$s  (admin console: admin / admin)
                 PostgreSQL       jdbc:postgresql://localhost:%3$d/dho  (dho / dho)

                 Demo users of realm dho, password "demo" for all (API: client dho-app; console: dho-console):
                   nora.nurse        nurse (follow-up service)
                   nina.nurse        nurse (follow-up service; the second person who verifies threshold changes)
                   kari.coordinator  coordinator, Ullensaker (3209)
                   nils.coordinator  coordinator, Nes (3228)
                   lars.physician    physician (GP)
                   siri.specialist   physician (pulmonologist)
                   ola.patient       patient
                   ada.admin         admin
                   tara.teamleader   team-leader (reassigns worklist items; economics and evaluation)
                   dina.council      council (operations council: the economics and evaluation reports)

                 Try it:
                   TOKEN=$(curl -s -d grant_type=password -d client_id=dho-app -d username=nora.nurse \\
                     -d password=demo %4$s | sed -E 's/.*"access_token":"([^"]+)".*/\\1/')
                   curl -H "Authorization: Bearer $TOKEN" %1$s/api/municipalities

                 Stop everything with Ctrl-C.
                =====================================================================================
                """.formatted(app, keycloak.baseUrl(), LocalStack.POSTGRES_PORT, keycloak.tokenUrl(), management);
    }
}
