package id.pembina.catalog.rest.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.Principal;

import javax.ws.rs.core.SecurityContext;

import org.junit.Test;

import id.pembina.rest.api.ProblemException;

/** The edge's own refusals, all before the catalog is asked (so none is wired here). */
public class ModuleResourceTest {

    private final ModuleResource resource = new ModuleResource();

    @Test
    public void onlyAdminsMayCheck() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.check(caller("pembina"), new ByteArrayInputStream(new byte[] { 1 })));
        assertEquals(403, e.problem().status());
        assertEquals("forbidden", e.problem().kind());
    }

    @Test
    public void anEmptyBodyIsABadRequest() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> resource.check(caller("admin"), new ByteArrayInputStream(new byte[0])));
        assertEquals(400, e.problem().status());
        assertEquals("bad-request", e.problem().kind());
    }

    @Test
    public void aJarOverTheLimitIsRefusedWhileReading() {
        long[] read = { 0 };
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                read[0]++;
                return 0;
            }
        };
        ProblemException e = assertThrows(ProblemException.class, () -> resource.check(caller("admin"), endless));
        assertEquals(413, e.problem().status());
        assertEquals("too-large", e.problem().kind());
        assertEquals(ModuleResource.MAX_JAR_BYTES + 65536L, read[0]);
    }

    private static SecurityContext caller(String role) {
        return new SecurityContext() {
            @Override
            public Principal getUserPrincipal() {
                return () -> "pengguna";
            }

            @Override
            public boolean isUserInRole(String r) {
                return role.equals(r);
            }

            @Override
            public boolean isSecure() {
                return false;
            }

            @Override
            public String getAuthenticationScheme() {
                return SecurityContext.BASIC_AUTH;
            }
        };
    }
}
