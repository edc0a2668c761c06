package no.mila.dho.fhir.server;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.rest.api.EncodingEnum;
import ca.uhn.fhir.rest.server.IResourceProvider;
import ca.uhn.fhir.rest.server.RestfulServer;
import ca.uhn.fhir.rest.server.provider.ServerCapabilityStatementProvider;
import jakarta.enterprise.inject.Instance;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The FHIR R4 server at {@code /fhir/r4}: HAPI FHIR's plain server with this service's resource providers (every
 * {@link IResourceProvider} bean and every {@link FhirPlainProvider}), its errors as OperationOutcome
 * ({@link FhirErrors}), roles and SMART scopes checked before any provider runs ({@link FhirAuthorization}), stateless
 * paging ({@link FhirPage}) and the generated CapabilityStatement ({@link FhirCapabilities}). JSON unless the client
 * asks for XML ({@code _format} or {@code Accept}).
 */
@WebServlet(urlPatterns = FhirServlet.PATTERN, loadOnStartup = 1)
public class FhirServlet extends RestfulServer {

    public static final String PATTERN = "/fhir/r4/*";
    private static final long serialVersionUID = 1L;

    private final transient Instance<IResourceProvider> resourceProviders;
    private final transient Instance<FhirPlainProvider> plainProviders;
    private final transient FhirAuthorization authorization;
    private final transient FhirErrors errors;
    private final transient FhirCapabilities capabilities;

    public FhirServlet(FhirContext fhir, Instance<IResourceProvider> resourceProviders,
                       Instance<FhirPlainProvider> plainProviders, FhirAuthorization authorization, FhirErrors errors,
                       FhirCapabilities capabilities) {
        super(fhir);
        this.resourceProviders = resourceProviders;
        this.plainProviders = plainProviders;
        this.authorization = authorization;
        this.errors = errors;
        this.capabilities = capabilities;
    }

    /** Every answer is collected and written in one piece ({@link BufferedResponse}). */
    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException,
            IOException {
        BufferedResponse buffered = new BufferedResponse(response);
        super.service(request, buffered);
        buffered.complete();
    }

    @Override
    protected void initialize() {
        setDefaultResponseEncoding(EncodingEnum.JSON);
        setDefaultPrettyPrint(false);
        setDefaultPageSize(FhirPage.DEFAULT_COUNT);
        setMaximumPageSize(FhirPage.MAX_COUNT);
        setImplementationDescription("MILA digital home follow-up (DHO)");
        setServerName("MILA DHO backend");
        resourceProviders.forEach(this::registerProvider);
        plainProviders.forEach(this::registerProvider);
        registerInterceptor(errors);
        registerInterceptor(authorization);
        registerInterceptor(capabilities);
        setServerConformanceProvider(new ServerCapabilityStatementProvider(this));
    }
}
