package no.mila.dho.fhir.server;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.mila.dho.audit.application.AccessLogRows;
import no.mila.dho.audit.domain.AccessAction;
import no.mila.dho.fhir.server.SmartScopes.Interaction;
import no.mila.dho.shared.web.RequestId;

/**
 * One access-log row for every FHIR read, search and creation, written after the answer is decided, as for the REST
 * API: allowed, denied (403, or a patient the access policy hides: 404 or an empty search) or failed. The row names
 * the path, never the query string (it may hold a national identity number). The capability statement is not logged.
 */
@WebFilter(urlPatterns = FhirServlet.PATTERN)
public class FhirAccessLog extends HttpFilter {

    private static final long serialVersionUID = 1L;

    private final transient AccessLogRows rows;
    private final transient CurrentIdentityAssociation identities;

    public FhirAccessLog(AccessLogRows rows, CurrentIdentityAssociation identities) {
        this.rows = rows;
        this.identities = identities;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (!request.getRequestURI().endsWith("/metadata")) {
                SecurityIdentity identity = identities.getIdentity();
                rows.write(identity, actionOf(request), "fhir " + request.getMethod() + " " + request.getRequestURI(),
                        response.getStatus(), request.getHeader(RequestId.HEADER));
            }
        }
    }

    private static AccessAction actionOf(HttpServletRequest request) {
        Object interaction = request.getAttribute(FhirAuthorization.INTERACTION);
        if (interaction == Interaction.SEARCH) {
            return AccessAction.SEARCH;
        }
        if (interaction == Interaction.CREATE || (interaction == null && "POST".equals(request.getMethod()))) {
            return AccessAction.CREATE;
        }
        return AccessAction.READ;
    }
}
