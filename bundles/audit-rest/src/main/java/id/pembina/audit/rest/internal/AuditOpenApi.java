package id.pembina.audit.rest.internal;

import java.net.URL;

import org.osgi.service.component.annotations.Component;

import id.pembina.rest.api.OpenApiFragment;

/** The audit trail's path and schemas in {@code /api/v1/openapi.json}; kept true by {@code OpenApiDocumentTest}. */
@Component(immediate = true, service = OpenApiFragment.class)
public class AuditOpenApi implements OpenApiFragment {

    static final String DOCUMENT = "openapi.json";

    @Override
    public URL document() {
        return AuditOpenApi.class.getResource(DOCUMENT);
    }
}
