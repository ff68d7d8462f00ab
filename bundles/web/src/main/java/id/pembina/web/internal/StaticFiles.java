package id.pembina.web.internal;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardResource;

/** The style sheet, the page script and the browser libraries (htmx, Chart.js) under /pembina/static/. */
@Component(immediate = true, service = StaticFiles.class)
@HttpWhiteboardResource(pattern = "/pembina/static/*", prefix = "/static")
public class StaticFiles {
}
