package id.pembina.audit.rest.internal;

import javax.ws.rs.DefaultValue;
import javax.ws.rs.GET;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.SecurityContext;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.audit.api.AuditFilters;
import id.pembina.platform.api.Page;
import id.pembina.rest.api.QueryParams;
import id.pembina.rest.api.RestApplication;
import id.pembina.security.api.AuditEntry;
import id.pembina.security.api.AuditQuery;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.CallerContext;

/** {@code /api/v1/audit}: the audit trail, newest first, for admins (the trail itself refuses everyone else). */
@Component(immediate = true, service = AuditResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

    @Reference
    private AuditTrail audit;

    @GET
    public Page<AuditEntry> find(@QueryParam("user") String user, @QueryParam("action") String action,
            @QueryParam("entity") String entity, @QueryParam("entityId") String entityId,
            @QueryParam("from") String from, @QueryParam("to") String to,
            @QueryParam("offset") @DefaultValue("0") String offset,
            @QueryParam("limit") @DefaultValue("" + AuditFilters.DEFAULT_LIMIT) String limit,
            @Context SecurityContext security) {
        AuditQuery query = new AuditQuery(user, action, entity, entityId, AuditFilters.from("from", from),
                AuditFilters.to("to", to));
        int first = QueryParams.integer("offset", offset);
        int count = QueryParams.integer("limit", limit);
        return CallerContext.current().isPresent() ? audit.find(query, first, count)
                : CallerContext.callAs(LoginCaller.of(security), () -> audit.find(query, first, count));
    }
}
