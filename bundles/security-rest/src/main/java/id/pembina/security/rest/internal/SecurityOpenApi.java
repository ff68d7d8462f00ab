package id.pembina.security.rest.internal;

import java.net.URL;

import org.osgi.service.component.annotations.Component;

import id.pembina.rest.api.OpenApiFragment;

/** The accounts' paths and schemas in {@code /api/v1/openapi.json}; kept true by {@code OpenApiDocumentTest}. */
@Component(immediate = true, service = OpenApiFragment.class)
public class SecurityOpenApi implements OpenApiFragment {

    static final String DOCUMENT = "openapi.json";

    @Override
    public URL document() {
        return SecurityOpenApi.class.getResource(DOCUMENT);
    }
}
