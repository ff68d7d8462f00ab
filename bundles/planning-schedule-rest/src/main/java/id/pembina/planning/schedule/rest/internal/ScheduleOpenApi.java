package id.pembina.planning.schedule.rest.internal;

import java.net.URL;

import org.osgi.service.component.annotations.Component;

import id.pembina.rest.api.OpenApiFragment;

/** The scheduler's paths and schemas in {@code /api/v1/openapi.json}; kept true by {@code OpenApiDocumentTest}. */
@Component(immediate = true, service = OpenApiFragment.class)
public class ScheduleOpenApi implements OpenApiFragment {

    static final String DOCUMENT = "openapi.json";

    @Override
    public URL document() {
        return ScheduleOpenApi.class.getResource(DOCUMENT);
    }
}
