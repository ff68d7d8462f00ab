package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.BeforeClass;
import org.junit.Test;

import id.pembina.participant.api.Education;
import id.pembina.participant.api.Gender;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;

public class MarelanDemoDataTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);
    private static final Pattern UNIT_CODE = Pattern.compile("[A-Z0-9][A-Z0-9._-]{0,39}");

    private static MarelanDemoData data;

    @BeforeClass
    public static void generate() {
        data = MarelanDemoData.generate(TODAY);
    }

    @Test
    public void isDeterministic() {
        MarelanDemoData again = MarelanDemoData.generate(LocalDate.of(2031, 7, 15));
        assertEquals(data.units(), again.units());
        assertEquals(data.participants(), again.participants());
        assertEquals(data.leaders(), again.leaders());
    }

    @Test
    public void holdsAbout300Participants() {
        assertEquals(300, data.participants().size());
    }

    @Test
    public void nipsAreValidUniqueAndMatchTheParticipant() {
        Set<String> seen = new HashSet<>();
        for (Participant p : data.participants()) {
            Nip nip = Nip.parse(p.nip(), TODAY);
            assertTrue("duplicate NIP " + p.nip(), seen.add(p.nip()));
            assertEquals(p.birthDate(), nip.birthDate());
            assertEquals(p.gender(), nip.gender());
            int year = nip.birthDate().getYear();
            assertTrue(p.nip(), year >= 1965 && year <= 2000);
            int ageAtTmt = Period.between(nip.birthDate(), nip.tmtCpns().atDay(1)).getYears();
            assertTrue(p.nip() + " TMT at " + ageAtTmt, ageAtTmt >= 19 && ageAtTmt <= 35);
            assertFalse(p.nip(), nip.tmtCpns().isAfter(YearMonth.of(2025, 12)));
            assertTrue(p.nip() + " retired", Period.between(nip.birthDate(), MarelanDemoData.REFERENCE_DATE).getYears() < 58);
        }
    }

    @Test
    public void sequenceRisesOnlyOnCollision() {
        Map<String, Set<Integer>> sequences = new HashMap<>();
        for (Participant p : data.participants()) {
            sequences.computeIfAbsent(p.nip().substring(0, 15), k -> new HashSet<>())
                    .add(Integer.parseInt(p.nip().substring(15)));
        }
        for (Set<Integer> s : sequences.values()) {
            for (int i = 1; i <= s.size(); i++) {
                assertTrue(s.contains(i));
            }
        }
    }

    @Test
    public void sequenceIsBumpedWhenDigits1To15Collide() {
        MarelanDemoData.NipSequences sequences = new MarelanDemoData.NipSequences();
        LocalDate birth = LocalDate.of(1986, 9, 26);
        YearMonth tmt = YearMonth.of(2015, 5);
        assertEquals(1, sequences.next(birth, tmt, Gender.MALE));
        assertEquals(2, sequences.next(birth, tmt, Gender.MALE));
        assertEquals(1, sequences.next(birth, tmt, Gender.FEMALE));
        assertEquals(1, sequences.next(birth, tmt.plusMonths(1), Gender.MALE));
        assertEquals(1, sequences.next(birth.plusDays(1), tmt, Gender.MALE));
        assertEquals(3, sequences.next(birth, tmt, Gender.MALE));
    }

    @Test
    public void unitsFormOneTreeWithParentsFirst() {
        Set<String> seen = new HashSet<>();
        int roots = 0;
        for (OrganizationUnit u : data.units()) {
            assertTrue(u.code(), UNIT_CODE.matcher(u.code()).matches());
            if (u.parentCode() == null) {
                roots++;
                assertEquals(MarelanDemoData.ROOT, u.code());
            } else {
                assertTrue(u.code() + " before its parent", seen.contains(u.parentCode()));
            }
            assertTrue("duplicate unit " + u.code(), seen.add(u.code()));
        }
        assertEquals(1, roots);
        assertEquals("Kecamatan Medan Marelan", data.units().get(0).name());
    }

    @Test
    public void theFiveKelurahanArePresent() {
        Set<String> names = data.units().stream().map(OrganizationUnit::name).collect(Collectors.toSet());
        for (String k : List.of("Labuhan Deli", "Rengas Pulau", "Terjun", "Paya Pasir", "Tanah Enam Ratus")) {
            assertTrue(k, names.contains("Kelurahan " + k));
        }
    }

    @Test
    public void everyParticipantBelongsToAKnownUnitAndReportsToSomeoneListedEarlier() {
        Set<String> units = data.units().stream().map(OrganizationUnit::code).collect(Collectors.toSet());
        Set<String> earlier = new HashSet<>();
        for (Participant p : data.participants()) {
            assertTrue(p.unitCode(), units.contains(p.unitCode()));
            if (p.supervisorNip() != null) {
                assertTrue(p.nip() + " reports to " + p.supervisorNip(), earlier.contains(p.supervisorNip()));
            }
            earlier.add(p.nip());
        }
    }

    @Test
    public void everyUnitHasExactlyOneLeaderAndTheRestReportToIt() {
        Map<String, Participant> byNip = data.participants().stream()
                .collect(Collectors.toMap(Participant::nip, p -> p));
        assertEquals(data.units().size(), data.leaders().size());
        for (OrganizationUnit u : data.units()) {
            String leaderNip = data.leaderOf(u.code());
            assertNotNull(u.code(), leaderNip);
            List<Participant> members = data.participants().stream().filter(p -> p.unitCode().equals(u.code()))
                    .collect(Collectors.toList());
            // The leader is the one member whose supervisor sits outside the unit (or who has none).
            List<Participant> heads = members.stream().filter(p -> p.supervisorNip() == null
                    || !byNip.get(p.supervisorNip()).unitCode().equals(u.code())).collect(Collectors.toList());
            assertEquals(u.code(), 1, heads.size());
            assertEquals(leaderNip, heads.get(0).nip());
            for (Participant m : members) {
                if (!m.nip().equals(leaderNip)) {
                    assertEquals(m.nip(), leaderNip, m.supervisorNip());
                }
            }
            // A unit leader reports to the Camat, or to the Sekretaris Camat for a section.
            Participant leader = byNip.get(leaderNip);
            if (u.parentCode() != null) {
                String expected = u.code().startsWith("MARELAN-") && !u.code().equals("MARELAN-SEKCAM")
                        ? data.leaderOf("MARELAN-SEKCAM") : data.leaderOf(MarelanDemoData.ROOT);
                assertEquals(u.code(), expected, leader.supervisorNip());
            }
        }
    }

    @Test
    public void theCamatLeadsTheKecamatanAndHasNoSupervisor() {
        Participant camat = data.participants().get(0);
        assertEquals(data.leaderOf(MarelanDemoData.ROOT), camat.nip());
        assertEquals("Camat Medan Marelan", camat.positionTitle());
        assertEquals(PositionType.ADMINISTRATOR, camat.positionType());
        assertNull(camat.supervisorNip());
        assertTrue(camat.rank().compareTo(Rank.III_D) >= 0 && camat.rank().compareTo(Rank.IV_B) <= 0);
        long withoutSupervisor = data.participants().stream().filter(p -> p.supervisorNip() == null).count();
        assertEquals(1, withoutSupervisor);
    }

    @Test
    public void leadersHoldLeadershipPosts() {
        for (OrganizationUnit u : data.units()) {
            Participant leader = data.participants().stream().filter(p -> p.nip().equals(data.leaderOf(u.code())))
                    .findFirst().orElseThrow();
            assertTrue(u.code(), leader.positionType() == PositionType.ADMINISTRATOR
                    || leader.positionType() == PositionType.PENGAWAS);
            if (u.code().startsWith("KEL-")) {
                assertTrue(leader.positionTitle(), leader.positionTitle().startsWith("Lurah "));
                assertEquals(PositionType.PENGAWAS, leader.positionType());
            }
        }
    }

    @Test
    public void ranksFitEducation() {
        for (Participant p : data.participants()) {
            Rank entry;
            switch (p.education()) {
                case SD: entry = Rank.I_A; break;
                case SMP: entry = Rank.I_C; break;
                case SMA: entry = Rank.II_A; break;
                case D3: entry = Rank.II_C; break;
                default: entry = Rank.III_A; break;
            }
            assertTrue(p.nip() + " " + p.rank() + " " + p.education(), p.rank().compareTo(entry) >= 0);
            if (p.education().compareTo(Education.SMA) <= 0) {
                assertTrue(p.nip(), p.rank().compareTo(Rank.III_B) <= 0);
            }
            if (p.positionType() == PositionType.PELAKSANA) {
                assertTrue(p.nip(), p.rank().compareTo(Rank.III_D) <= 0);
            }
        }
    }

    @Test
    public void educationAndPostsArePlausiblySpread() {
        Map<Education, Integer> byEducation = new EnumMap<>(Education.class);
        Map<PositionType, Integer> byType = new EnumMap<>(PositionType.class);
        for (Participant p : data.participants()) {
            byEducation.merge(p.education(), 1, Integer::sum);
            byType.merge(p.positionType(), 1, Integer::sum);
        }
        for (Education e : List.of(Education.SMA, Education.D3, Education.S1, Education.S2)) {
            assertTrue(e + " " + byEducation, byEducation.getOrDefault(e, 0) >= 10);
        }
        assertEquals(Integer.valueOf(2), byType.get(PositionType.ADMINISTRATOR));
        assertTrue(byType.toString(), byType.get(PositionType.FUNGSIONAL) >= 80);
        assertTrue(byType.toString(), byType.get(PositionType.PELAKSANA) >= 80);
        assertNull(byType.get(PositionType.JPT));
    }

    @Test
    public void namesAreUniqueAndNonBlank() {
        Set<String> names = new HashSet<>();
        for (Participant p : data.participants()) {
            assertFalse(p.name().isBlank());
            assertTrue(p.name().length() <= 200);
            assertTrue("duplicate name " + p.name(), names.add(p.name()));
        }
    }

    @Test(expected = IllegalArgumentException.class)
    public void refusesADateBeforeTheLatestTmt() {
        MarelanDemoData.generate(LocalDate.of(2025, 11, 30));
    }
}
