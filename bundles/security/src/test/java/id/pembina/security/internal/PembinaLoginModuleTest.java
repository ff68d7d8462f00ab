package id.pembina.security.internal;

import static org.junit.Assert.assertEquals;

import java.util.EnumSet;
import java.util.List;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.junit.Test;

import id.pembina.security.api.Role;

public class PembinaLoginModuleTest {

    @Test
    public void adminsAndOperatorsGetTheConsoleAndAdminsKarafsOwnRoles() {
        assertEquals(List.of("admin", "ssh", "manager", "viewer", "systembundles"),
                List.copyOf(PembinaLoginModule.roleNames(EnumSet.of(Role.ADMIN))));
        assertEquals(List.of("operator", "ssh"), List.copyOf(PembinaLoginModule.roleNames(EnumSet.of(Role.OPERATOR))));
        assertEquals(List.of("pimpinan"), List.copyOf(PembinaLoginModule.roleNames(EnumSet.of(Role.PIMPINAN))));
        assertEquals(List.of("peserta"), List.copyOf(PembinaLoginModule.roleNames(EnumSet.of(Role.PESERTA))));
    }

    @Test
    public void theSshClientAddressLosesItsPort() {
        assertEquals("127.0.0.1", PembinaLoginModule.host("/127.0.0.1:50422"));
        assertEquals("[0:0:0:0:0:0:0:1]", PembinaLoginModule.host("/[0:0:0:0:0:0:0:1]:50422"));
        assertEquals("10.0.0.7", PembinaLoginModule.host("10.0.0.7"));
        Subject s = new Subject();
        s.getPrincipals().add(new ClientPrincipal("ssh", "/192.168.1.20:40000"));
        assertEquals("192.168.1.20", PembinaLoginModule.address(s));
        assertEquals("ssh", PembinaLoginModule.method(s));
        assertEquals("jaas", PembinaLoginModule.address(new Subject()));
    }
}
