package id.pembina.rest.common.internal;

import id.pembina.rest.api.RestApplication;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.nio.file.Paths;
import java.util.Base64;
import java.nio.file.Path;
import java.util.EnumSet;
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
import javax.servlet.http.HttpServletRequest;
import javax.ws.rs.core.Context;
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
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
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
import id.pembina.security.api.Authenticator;
import id.pembina.security.api.Caller;
import id.pembina.security.api.CallerContext;
import id.pembina.security.api.LoginThrottledException;
import id.pembina.security.api.Role;

/**
 * HTTP Basic login for every request except an anonymous {@code /health}: against Pembina's accounts (the
 * {@link Authenticator}, throttled: 429 with Retry-After), or Karaf's JAAS realm where the security bundle
 * is not installed; also records the request's language for problem texts.
 */
@Component(immediate = true, service = { ContainerRequestFilter.class, ContainerResponseFilter.class },
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
        @AttributeDefinition(description = "JAAS realm that checks user names and passwords when Pembina's "
                + "accounts (the security bundle) are not installed")
        String realm() default "karaf";

        @AttributeDefinition(description = "Without Pembina's accounts: roles of which a user of the JAAS realm "
                + "needs at least one")
        String[] allowed_roles() default { "admin", "operator", "pimpinan", "peserta" };

        @AttributeDefinition(name = "Login cache (seconds)", description = "How long a successful login is "
                + "remembered for the same user name and password; 0 logs in on every request. Any change "
                + "of any account empties it at once.")
        int login_cache_seconds() default 60;

        @AttributeDefinition(description = "Without Pembina's accounts: the users file of the JAAS realm, "
                + "watched for changes (default: etc/users.properties of this Karaf)")
        String users_file() default "";
    }

    private static final String SCOPE = "id.pembina.rest.callerScope";

    private final String realm;
    private final Set<String> allowedRoles;
    private final Path usersFile;
    private final LoginCache cache;

    @Reference
    private Messages messages;

    /** Pembina's accounts; while absent (a bundle taken alone), Karaf's JAAS realm is asked instead. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile Authenticator authenticator;

    /** The servlet request of the current call (a proxy the JAX-RS runtime fills per request). */
    @Context
    private HttpServletRequest servletRequest;

    @Activate
    public BasicAuthFilter(Config config) {
        this.realm = config.realm();
        this.allowedRoles = Set.of(config.allowed_roles());
        String file = config.users_file().isBlank() ? System.getProperty("karaf.etc", "etc") + "/users.properties"
                : config.users_file();
        this.usersFile = Paths.get(file);
        this.cache = new LoginCache(config.login_cache_seconds() * 1000L, 10_000, System::nanoTime);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        // A pooled thread may still hold the caller of a request that ended abnormally.
        CallerContext.clear();
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
        String address = clientAddress();
        Authenticator accounts = authenticator;
        String stamp = accounts != null ? "accounts:" + accounts.accountsVersion() : UsersFileStamp.of(usersFile);
        Caller caller;
        try {
            String login = user;
            String secret = password;
            caller = cache.login(user, password, stamp, () -> accounts != null
                    ? accounts.authenticate(login, secret.toCharArray(), address).orElse(null)
                    : jaasCaller(login, secret, address));
        } catch (LoginThrottledException e) {
            request.abortWith(throttled(e));
            return;
        }
        if (caller == null) {
            request.abortWith(challenge());
            return;
        }
        caller = caller.from(address);
        Set<String> roles = caller.roles().stream().map(Role::id).collect(Collectors.toUnmodifiableSet());
        String name = caller.name();
        // The services read the caller from the thread; the response filter restores the thread.
        request.setProperty(SCOPE, CallerContext.enter(caller));
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

    /** Without Pembina's accounts: Karaf's realm, its roles named like Pembina's; @return null when refused */
    private Caller jaasCaller(String user, String password, String address) {
        Subject subject = login(user, password);
        if (subject == null) {
            return null;
        }
        Set<String> names = subject.getPrincipals(RolePrincipal.class).stream().map(Principal::getName)
                .collect(Collectors.toSet());
        if (names.stream().noneMatch(allowedRoles::contains)) {
            return null;
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.forEach(n -> Role.of(n).ifPresent(roles::add));
        String name = subject.getPrincipals(UserPrincipal.class).stream().findFirst().map(Principal::getName)
                .orElse(user);
        return new Caller(name, roles, null, null, address);
    }

    private String clientAddress() {
        try {
            return servletRequest == null ? "unknown" : servletRequest.getRemoteAddr();
        } catch (RuntimeException e) {
            return "unknown"; // no servlet request behind this call (not over HTTP)
        }
    }

    private Response throttled(LoginThrottledException e) {
        return Response.fromResponse(Problem.of(429, "too-many-requests", "security.throttled", e.retryAfterSeconds())
                .toResponse(messages, RequestLanguage.current()))
                .header("Retry-After", Long.toString(e.retryAfterSeconds())).build();
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
        if (request.getProperty(SCOPE) instanceof CallerContext.Scope scope) {
            request.removeProperty(SCOPE);
            scope.close();
        }
    }
}
