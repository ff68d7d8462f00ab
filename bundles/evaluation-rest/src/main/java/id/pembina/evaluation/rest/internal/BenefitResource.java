package id.pembina.evaluation.rest.internal;

import java.math.BigDecimal;
import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.rest.api.RestApplication;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;

/** {@code /api/v1/sessions/{id}/benefits}: monetised benefits of a session, for the ROI (level 5). */
@Component(immediate = true, service = BenefitResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("sessions/{id}/benefits")
@Produces(MediaType.APPLICATION_JSON)
public class BenefitResource {

    @Reference
    private EvaluationDataService evaluation;

    @Reference
    private id.pembina.catalog.api.CatalogService catalog;

    @GET
    public List<Benefit> list(@PathParam("id") String id) {
        long session = EvaluationResource.sessionId(id);
        if (catalog.session(session).isEmpty()) {
            throw new ProblemException(Problem.of(404, "not-found", "session.notFound", id));
        }
        return evaluation.benefits(session);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Benefit add(@PathParam("id") String id, BenefitRequest request) {
        return evaluation.recordBenefit(EvaluationResource.sessionId(id), request.description(), request.amount());
    }

    /** A benefit in rupiah. */
    public record BenefitRequest(String description, BigDecimal amount) {
    }
}
