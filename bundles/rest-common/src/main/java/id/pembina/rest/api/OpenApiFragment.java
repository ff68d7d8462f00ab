package id.pembina.rest.api;

import java.net.URL;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A domain's part of the OpenAPI document, registered as a service by the domain's REST bundle: a
 * JSON document with {@code paths} and {@code components.schemas} (which may refer to the
 * common schemas {@code Problem} and {@code ImportSummary}). {@code /api/v1/openapi.json} merges
 * the fragments of the bundles that are installed.
 */
@ConsumerType
public interface OpenApiFragment {

    /** @return where the fragment's JSON is, usually a resource of the contributing bundle */
    URL document();
}
