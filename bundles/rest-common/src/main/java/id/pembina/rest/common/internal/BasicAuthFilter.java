package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.Set;
import java.util.stream.Collectors;

import javax.annotation.Priority;
import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;
import javax.ws.rs.Priorities;
import javax.ws.rs.container.ContainerRequestContext;
import javax.ws.rs.container.ContainerRequestFilter;
import javax.ws.rs.container.ContainerResponseContext;
import javax.ws.rs.container.ContainerResponseFilter;
import javax.ws.rs.container.PreMatching;
import javax.ws.rs.core.HttpHeaders;
import javax.ws.rs.core.Response;
import javax.ws.rs.core.SecurityContext;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsApplicationSelect;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsExtension;
import org.osgi.service.jaxrs.whiteboard.propertytypes.JaxrsName;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.rest.api.Problem;
import id.pembina.rest.api.RequestLanguage;

/**
 * HTTP Basic login against Karaf's JAAS realm for every request except an anonymous {@code /health}; also
 * records the request's language for problem texts.
 */
@Component(service = { ContainerRequestFilter.class, ContainerResponseFilter.class },
        configurationPid = "id.pembina.rest.auth", configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Designate(ocd = BasicAuthFilter.Config.class)
@JaxrsExtension
@JaxrsName("pembina.auth")
@JaxrsApplicationSelect(RestApplication.SELECT)
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class BasicAuthFilter implements ContainerRequestFilter, ContainerResponseFilter {

    @ObjectClassDefinition(name = "Pembina REST login", description = "Login rules of the /api/v1 endpoints")
    public @interface Config {
        @AttributeDefinition(description = "JAAS realm that checks user names and passwords")
        String realm() default "karaf";

        @AttributeDefinition(description = "Roles of which a user needs at least one")
        String[] allowed_roles() default { "admin", "pembina" };

        @AttributeDefinition(name = "Login cache (seconds)", description = "How long a successful login is "
                + "remembered for the same user name and password; 0 logs in on every request. Any change "
                + "of the users file empties it at once.")
        int login_cache_seconds() default 60;

        @AttributeDefinition(description = "The users file of the realm, watched for changes "
                + "(default: etc/users.properties of this Karaf)")
        String users_file() default "";
    }

    private final String realm;
    private final Set<String> allowedRoles;
    private final LoginCache cache;

    @Reference
    private Messages messages;

    @Activate
    public BasicAuthFilter(Config config) {
        this.realm = config.realm();
        this.allowedRoles = Set.of(config.allowed_roles());
        String file = config.users_file().isBlank() ? System.getProperty("karaf.etc", "etc") + "/users.properties"
                : config.users_file();
        this.cache = new LoginCache(Paths.get(file), config.login_cache_seconds() * 1000L, 10_000, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        RequestLanguage.set(Languages.choose(request.getAcceptableLanguages()));
        String path = request.getUriInfo().getPath();
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if ((path.equals("health") || path.equals("/health")) && header == null) {
            return; // anonymous health: status only (HealthResource); with a login, the detail for admin
        }
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            request.abortWith(challenge());
            return;
        }
        String user;
        String password;
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            if (colon < 0) {
                request.abortWith(challenge());
                return;
            }
            user = decoded.substring(0, colon);
            password = decoded.substring(colon + 1);
        } catch (IllegalArgumentException e) {
            request.abortWith(challenge());
            return;
        }
        LoginCache.Login login = cache.find(user, password);
        if (login == null) {
            Subject subject = login(user, password);
            if (subject == null) {
                request.abortWith(challenge());
                return;
            }
            String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(Principal::getName)
                    .orElse(user);
            login = new LoginCache.Login(name, subject.getPrincipals(RolePrincipal.class).stream()
                    .map(Principal::getName).collect(Collectors.toUnmodifiableSet()));
            cache.remember(user, password, login);
        }
        Set<String> roles = login.roles();
        if (roles.stream().noneMatch(allowedRoles::contains)) {
            request.abortWith(Problem.of(403, "forbidden", "auth.forbidden", String.join(", ", allowedRoles))
                    .toResponse(messages, RequestLanguage.current()));
            return;
        }
        String name = login.user();
        Principal principal = () -> name;
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return principal;
            }

            @Override
            public boolean isUserInRole(String role) {
                return roles.contains(role);
            }

            @Override
            public boolean isSecure() {
                return secure;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        });
    }

    private Subject login(String user, String password) {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // JAAS loads Karaf's proxy login module through the context class loader.
        thread.setContextClassLoader(ProxyLoginModule.class.getClassLoader());
        try {
            Subject subject = new Subject();
            LoginContext context = new LoginContext(realm, subject, callbacks -> {
                for (var cb : callbacks) {
                    if (cb instanceof NameCallback) {
                        ((NameCallback) cb).setName(user);
                    } else if (cb instanceof PasswordCallback) {
                        ((PasswordCallback) cb).setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(cb);
                    }
                }
            });
            context.login();
            return subject;
        } catch (LoginException e) {
            return null;
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private Response challenge() {
        return Response.fromResponse(Problem.of(401, "unauthorized", "auth.required")
                .toResponse(messages, RequestLanguage.current()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Pembina\", charset=\"UTF-8\"").build();
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        RequestLanguage.set(null);
    }
}
