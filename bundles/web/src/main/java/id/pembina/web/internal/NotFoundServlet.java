package id.pembina.web.internal;

import java.io.IOException;
import java.util.Map;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

/**
 * Every path under /pembina/ that no page answers (e.g. the reports page while reporting is not
 * installed): a page saying so, instead of falling through to another application of the server.
 */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletName("pembina.web.notFound")
@HttpWhiteboardServletPattern("/pembina/*")
public class NotFoundServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Reference
    private transient Pages pages;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(404);
        Map<String, Object> model = pages.model(request, "none", "web.notFound.title");
        pages.render(response, "not-found", model);
    }
}
