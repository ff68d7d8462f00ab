package id.pembina.bench.city;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.ParticipantRegistry;

/**
 * A city's unit tree through the registry (root KOTA, kecamatan KEC-nn, below each its kelurahan and service
 * units KEC-nn-nnn) and a CSV of its ASN for the REST import: every unit but the root has staff, the first
 * of each unit leads it and supervises the others. NIPs are valid and unique: birth date from 1966-01-01 on
 * (one of 10,000 days), TMT CPNS at 22, gender and sequence from the row number.
 */
final class CityRegistry {

    static final String ROOT = "KOTA";

    private static final String[] FIRST = {"Ahmad", "Budi", "Citra", "Dewi", "Eko", "Fitri", "Gita", "Hendra",
        "Indah", "Joko", "Kartika", "Lestari", "Made", "Nur", "Oki", "Putri", "Rudi", "Siti", "Taufik", "Wulan"};
    private static final String[] LAST = {"Siregar", "Nasution", "Lubis", "Harahap", "Simanjuntak", "Ginting",
        "Tarigan", "Sembiring", "Pohan", "Daulay", "Saragih", "Purba", "Damanik", "Hutagalung", "Matondang"};
    private static final String[] RANKS = {"II/a", "II/b", "II/c", "II/d", "III/a", "III/b", "III/c", "III/d"};
    private static final String[] EDUCATION = {"SMA", "D3", "S1", "S1", "S2"};

    private CityRegistry() {
    }

    /** @return the units created: root, then kecamatan, then the units below them */
    static List<OrganizationUnit> units(ParticipantRegistry registry, int kecamatan, int total) {
        List<OrganizationUnit> out = new ArrayList<>();
        out.add(registry.createUnit(new OrganizationUnit(ROOT, "Pemerintah Kota", null)));
        int below = Math.max(0, total - 1 - kecamatan);
        for (int k = 1; k <= kecamatan; k++) {
            String kec = String.format("KEC-%02d", k);
            out.add(registry.createUnit(new OrganizationUnit(kec, "Kantor Camat " + k, ROOT)));
        }
        for (int i = 0; i < below; i++) {
            int k = i % kecamatan + 1;
            String code = String.format("KEC-%02d-%03d", k, i / kecamatan + 1);
            out.add(registry.createUnit(new OrganizationUnit(code, "Unit " + code, String.format("KEC-%02d", k))));
        }
        return out;
    }

    static String nip(int i) {
        LocalDate birth = LocalDate.of(1966, 1, 1).plusDays(i % 10_000);
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), birth.getYear() + 22, birth.getMonthValue(), 1 + (i / 10_000) % 2,
                1 + i / 20_000);
    }

    /** Writes the CSV of {@code asn} participants spread over every unit below the root. */
    static void csv(List<OrganizationUnit> units, int asn, Path file) throws IOException {
        List<String> staffed = units.stream().map(OrganizationUnit::code).filter(c -> !c.equals(ROOT)).toList();
        int n = staffed.size();
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip\n");
            for (int i = 0; i < asn; i++) {
                boolean leader = i < n;
                String name = FIRST[i % FIRST.length] + " " + LAST[(i / FIRST.length) % LAST.length] + " " + i;
                w.write(nip(i) + "," + name + "," + staffed.get(i % n) + ","
                        + (leader ? "Kepala Unit,PENGAWAS,III/d" : "Pengadministrasi,"
                                + (i % 5 == 0 ? "FUNGSIONAL" : "PELAKSANA") + "," + RANKS[i % RANKS.length])
                        + "," + EDUCATION[i % EDUCATION.length] + "," + (leader ? "" : nip(i % n)) + "\n");
            }
        }
    }
}
