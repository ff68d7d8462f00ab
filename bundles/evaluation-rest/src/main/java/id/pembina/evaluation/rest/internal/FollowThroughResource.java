package id.pembina.evaluation.rest.internal;

import java.util.List;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.MediaType;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.FollowThrough;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.platform.api.Messages;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.ProblemException;
import id.pembina.rest.api.QueryParams;
import id.pembina.rest.api.RequestLanguage;
import id.pembina.rest.api.RestApplication;

/** {@code /api/v1/follow-through}: recommendations from a programme's figures and the actions taken on them. */
@Component(immediate = true, service = FollowThroughResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("follow-through")
@Produces(MediaType.APPLICATION_JSON)
public class FollowThroughResource {

    @Reference
    private FollowThrough followThrough;

    @Reference
    private Messages messages;

    /** A recommendation with its text in the request's language. */
    public record RecommendationText(Recommendation.Kind kind, String subject, double value, double threshold,
            String code, String text) {
    }

    @GET
    @Path("programs/{code}/recommendations")
    public List<RecommendationText> recommendations(@PathParam("code") String code, @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return followThrough.recommendations(code, QueryParams.date("from", from), QueryParams.date("to", to))
                .stream().map(r -> new RecommendationText(r.kind(), r.subject(), r.value(), r.threshold(), r.code(),
                        messages.text(RequestLanguage.current(), r.code(), r.subject(), round(r.value()),
                                round(r.threshold()))))
                .toList();
    }

    private static String round(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    }

    @GET
    @Path("programs/{code}/actions")
    public List<ProgramAction> actions(@PathParam("code") String code) {
        return followThrough.actions(code);
    }

    @POST
    @Path("programs/{code}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgramAction add(@PathParam("code") String code, ActionInput action) {
        return followThrough.addAction(code, action);
    }

    @PUT
    @Path("actions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProgramAction update(@PathParam("id") String id, ActionInput action) {
        long key;
        try {
            key = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ProblemException(Problem.of(404, "not-found", "evaluation.actionNotFound", id));
        }
        return followThrough.updateAction(key, action);
    }
}
