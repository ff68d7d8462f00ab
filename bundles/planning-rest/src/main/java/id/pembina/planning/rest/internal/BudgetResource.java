package id.pembina.planning.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.planning.api.Budget;
import id.pembina.planning.api.Budgets;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/planning/budgets}: budgets per year and unit. */
@Component(immediate = true, service = BudgetResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("planning/budgets")
@Produces(MediaType.APPLICATION_JSON)
public class BudgetResource {

    @Reference
    private Budgets budgets;

    /** The budgets of a year the caller may see. */
    @GET
    public List<Budget> list(@QueryParam("year") String year) {
        return budgets.budgets(Years.of(year));
    }

    /** Sets (replaces) the budget of its year and unit. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Budget set(Budget budget) {
        return budgets.set(budget);
    }
}
