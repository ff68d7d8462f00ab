package id.pembina.forms.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;
import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.platform.api.LogMask;
import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.forms.internal.LinkSigner.Purpose;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.security.api.CallerContext;
import id.pembina.platform.api.Languages;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;

/**
 * Every page under {@code /pembina/forms/}: checks the link's signature and the CSRF token of posts, then hands
 * the request to the pages of a session, of a supervisor or of the print sheet. A bad link, a stale form or an
 * unexpected failure answers a short page in both languages, never a stack trace.
 */
@Component(immediate = true, service = Servlet.class)
@HttpWhiteboardServletPattern("/*")
@HttpWhiteboardContextSelect("(osgi.http.whiteboard.context.name=" + FormsContext.NAME + ")")
public class FormsServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(FormsServlet.class);

    private final transient LinkSigner signer;
    private final transient Templates templates;
    private final transient ParticipantPages participants;
    private final transient FollowUpPages followUps;
    private final transient PrintPage print;
    private final transient Clock clock;

    @Activate
    public FormsServlet(@Reference FormsKeys keys, @Reference CatalogService catalog, @Reference ParticipantRegistry registry,
            @Reference EvaluationDataService evaluation, @Reference Messages messages) {
        this(keys.signer(), catalog, registry, evaluation, messages, Clock.system(Nip.WIB));
    }

    FormsServlet(LinkSigner signer, CatalogService catalog, ParticipantRegistry registry, EvaluationDataService evaluation,
            Messages messages, Clock clock) {
        this.signer = signer;
        this.clock = clock;
        this.templates = new Templates(messages);
        this.participants = new ParticipantPages(catalog, registry, evaluation, messages, templates, signer);
        this.followUps = new FollowUpPages(catalog, registry, evaluation, messages, templates);
        this.print = new PrintPage(catalog, templates, signer);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        request.setCharacterEncoding("UTF-8");
        String path = Optional.ofNullable(request.getPathInfo()).orElse("/");
        boolean post = "POST".equals(request.getMethod());
        if (!post && !"GET".equals(request.getMethod())) {
            Exchange.securityHeaders(response);
            response.setHeader("Allow", "GET, POST");
            response.sendError(HttpServletResponse.SC_METHOD_NOT_ALLOWED);
            return;
        }
        if (path.equals("/static/forms.css") && !post) {
            css(response);
            return;
        }
        Exchange x = new Exchange(request, response, signer, clock.instant());
        try {
            if (post && !x.csrfValid()) {
                problem(x, 403, "forms.expired");
            } else {
                // A pooled thread may still hold the caller of a request that ended abnormally.
                CallerContext.clear();
                boolean routed;
                try (CallerContext.Scope scope = CallerContext.enter(FormCallers.PAGES.from(request.getRemoteAddr()))) {
                    routed = route(x, path, post);
                }
                if (!routed) {
                    problem(x, 404, "forms.badLink");
                }
            }
        } catch (NotFoundException e) {
            problem(x, 404, "forms.badLink");
        } catch (RuntimeException e) {
            LOG.error("Form page {} failed", LogMask.nips(path), e);
            problem(x, 500, "forms.failed");
        }
    }

    private boolean route(Exchange x, String path, boolean post) throws IOException {
        String[] parts = path.split("/", 4); // "", kind, token, rest
        if (parts.length < 3) {
            return false;
        }
        String rest = parts.length == 4 ? parts[3] : "";
        String token = parts[2];
        switch (parts[1]) {
            case "s": {
                Optional<Long> session = signer.verify(Purpose.SESSION, token).flatMap(FormsServlet::number);
                return session.isPresent() && participants.handle(x, session.get(), rest, post);
            }
            case "f": {
                Optional<String> nip = signer.verify(Purpose.FOLLOW_UP, token);
                return nip.isPresent() && followUps.handle(x, nip.get(), FormPaths.ROOT + "f/" + token, rest, post,
                        LocalDate.now(clock));
            }
            case "p": {
                Optional<Long> session = signer.verify(Purpose.PRINT, token).flatMap(FormsServlet::number);
                return session.isPresent() && rest.isEmpty() && !post && print.handle(x, session.get());
            }
            default:
                return false;
        }
    }

    private static Optional<Long> number(String s) {
        try {
            return Optional.of(Long.valueOf(s));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** A refusal page stating the reason in Bahasa Indonesia and in English, whatever the chosen language. */
    private void problem(Exchange x, int status, String code) throws IOException {
        if (x.response.isCommitted()) {
            return;
        }
        x.response.resetBuffer();
        Map<String, Object> m = x.model();
        m.put("titleId", templates.text(Languages.INDONESIAN, code));
        m.put("titleEn", templates.text(Locale.ENGLISH, code));
        m.put("hintId", templates.text(Languages.INDONESIAN, code + ".hint"));
        m.put("hintEn", templates.text(Locale.ENGLISH, code + ".hint"));
        x.html(status, templates.render("problem", m, x.locale));
    }

    private static void css(HttpServletResponse response) throws IOException {
        Exchange.securityHeaders(response);
        response.setHeader("Cache-Control", "public, max-age=3600");
        response.setContentType("text/css;charset=UTF-8");
        try (InputStream in = FormsServlet.class.getResourceAsStream("templates/forms.css")) {
            in.transferTo(response.getOutputStream());
        }
    }
}
