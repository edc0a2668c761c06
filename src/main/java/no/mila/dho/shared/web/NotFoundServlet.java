package no.mila.dho.shared.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import no.mila.dho.shared.problem.Problem;
import no.mila.dho.shared.problem.ProblemType;

/**
 * The servlet container (quarkus-undertow, there for the FHIR server) is the last handler of every path the REST
 * layer does not serve; its own answer would be an HTML 404. This default servlet answers the same problem+json 404
 * as {@link HttpEdge} does for the routes.
 */
@WebServlet(urlPatterns = "/")
public class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    private final transient ObjectMapper json;

    public NotFoundServlet(ObjectMapper json) {
        this.json = json;
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ProblemType type = ProblemType.NOT_FOUND;
        Problem problem = new Problem(type.uri(), type.title(), type.status(), "No resource at this path",
                request.getRequestURI(), request.getHeader(RequestId.HEADER), null);
        byte[] body = json.writeValueAsBytes(problem);
        response.setStatus(type.status());
        response.setContentType(Problem.MEDIA_TYPE);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }
}
