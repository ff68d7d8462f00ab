package id.pembina.security.rest.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import javax.ws.rs.Consumes;
import javax.ws.rs.GET;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.Produces;
import javax.ws.rs.core.MediaType;
import javax.ws.rs.core.Response;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsResource;

import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;
import id.pembina.rest.api.RestApplication;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.Role;
import id.pembina.security.api.UserAccounts;

/**
 * {@code /api/v1/users}: accounts, for admins (the service refuses others with 403); {@code /users/me} for
 * everyone logged in, and the account itself may set its own password.
 */
@Component(immediate = true, service = UserResource.class)
@JaxrsResource
@JaxrsApplicationSelect(RestApplication.SELECT)
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Reference
    private UserAccounts accounts;

    @GET
    public List<UserJson> list() {
        return accounts.list().stream().map(UserJson::of).toList();
    }

    @GET
    @Path("me")
    public Me me() {
        return Me.of(CallerContext.require());
    }

    @GET
    @Path("{name}")
    public UserJson get(@PathParam("name") String name) {
        return accounts.find(name).map(UserJson::of).orElseThrow(() -> new NotFoundException(name));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(UserInput input) {
        UserInput in = input == null ? new UserInput(null, null, null, null, null) : input;
        Set<Role> roles = roles(in.roles());
        UserJson created = UserJson.of(accounts.add(in.name(), chars(in.password()), roles, in.nip(), in.unitCode()));
        return Response.created(URI.create("users/" + created.name())).entity(created).build();
    }

    @PUT
    @Path("{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    public UserJson update(@PathParam("name") String name, UserUpdate input) {
        UserUpdate in = input == null ? new UserUpdate(null, null, null) : input;
        return UserJson.of(accounts.update(name, roles(in.roles()), in.nip(), in.unitCode()));
    }

    @PUT
    @Path("{name}/password")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response password(@PathParam("name") String name, PasswordChange input) {
        accounts.changePassword(name, chars(input == null ? null : input.password()));
        return Response.noContent().build();
    }

    @POST
    @Path("{name}/disable")
    public UserJson disable(@PathParam("name") String name) {
        return UserJson.of(accounts.setDisabled(name, true));
    }

    @POST
    @Path("{name}/enable")
    public UserJson enable(@PathParam("name") String name) {
        return UserJson.of(accounts.setDisabled(name, false));
    }

    /** Role ids to roles; an unknown id is a field error, not a silently dropped role. */
    static Set<Role> roles(List<String> ids) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<FieldError> errors = new ArrayList<>();
        if (ids != null) {
            for (String id : ids) {
                Role.of(id).ifPresentOrElse(roles::add,
                        () -> errors.add(FieldError.of("roles", "security.user.roleUnknown", String.valueOf(id))));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return roles;
    }

    private static char[] chars(String s) {
        return s == null ? null : s.toCharArray();
    }
}
