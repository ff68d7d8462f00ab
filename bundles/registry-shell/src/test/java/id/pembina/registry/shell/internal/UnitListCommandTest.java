package id.pembina.registry.shell.internal;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

import id.pembina.participant.api.OrganizationUnit;

public class UnitListCommandTest {

    @Test
    public void eachUnitBelowItsParentInTheRegistrysOrder() {
        assertEquals(List.of(
                "KOTA  Pemerintah Kota",
                "  KEC-A  Kecamatan A",
                "    KEL-A1  Kelurahan A1",
                "  KEC-B  Kecamatan B",
                "    KEL-B1  Kelurahan B1",
                "LAIN  Unit Lain"),
                UnitListCommand.tree(List.of(
                        new OrganizationUnit("KOTA", "Pemerintah Kota", null),
                        new OrganizationUnit("KEC-A", "Kecamatan A", "KOTA"),
                        new OrganizationUnit("KEC-B", "Kecamatan B", "KOTA"),
                        new OrganizationUnit("LAIN", "Unit Lain", null),
                        new OrganizationUnit("KEL-B1", "Kelurahan B1", "KEC-B"),
                        new OrganizationUnit("KEL-A1", "Kelurahan A1", "KEC-A"))));
    }
}
