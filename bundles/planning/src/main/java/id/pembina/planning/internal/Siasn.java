package id.pembina.planning.internal;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.api.TrainingSource;
import id.pembina.evaluation.api.TrainingType;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TranscriptEntry;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.api.SiasnCourse;

/**
 * The year's completed training per ASN in SIASN's riwayat kursus shape: every entry of the evaluation's
 * transcript dated in the year with JP credited (a Pembina session attended enough to earn its JP, or an
 * external training recorded by staff). The organiser of a Pembina session is the agency (the name of the root
 * unit above the ASN's unit); an external training's organiser is not recorded and stays empty. The certificate
 * number is the transcript's (the catalog's for Pembina sessions); {@code jenisDiklatId} comes from the agency's
 * mapping ({@link SiasnKinds}), empty with a warning in the log when unmapped.
 */
final class Siasn {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Siasn.class);

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd-MM-yyyy");
    static final List<String> COLUMNS = List.of("nipBaru", "nama", "jenisKursus", "jenisDiklatId", "namaKursus",
            "institusiPenyelenggara", "tanggalKursus", "tanggalSelesaiKursus", "tahunKursus", "jumlahJam",
            "nomorSertipikat");

    private final ParticipantRegistry registry;
    private final CatalogService catalog;
    private final EvaluationDataService evaluation;
    private volatile SiasnKinds kinds = SiasnKinds.NONE;

    Siasn(ParticipantRegistry registry, CatalogService catalog, EvaluationDataService evaluation) {
        this.registry = registry;
        this.catalog = catalog;
        this.evaluation = evaluation;
    }

    void kinds(SiasnKinds mapping) {
        this.kinds = mapping;
    }

    /** @param unitCode a unit, or null for every root unit */
    List<SiasnCourse> courses(int year, String unitCode) {
        List<OrganizationUnit> units = registry.units();
        Map<String, OrganizationUnit> byCode = new HashMap<>();
        units.forEach(u -> byCode.put(u.code(), u));
        List<Participant> people = new ArrayList<>();
        if (unitCode != null) {
            people.addAll(registry.members(unitCode, true));
        } else {
            units.stream().filter(u -> u.parentCode() == null).forEach(u -> people.addAll(registry.members(u.code(), true)));
        }
        Map<String, Program> programs = new HashMap<>();
        catalog.programs().forEach(p -> programs.put(p.code(), p));
        List<SiasnCourse> out = new ArrayList<>();
        java.util.Set<String> unmapped = new java.util.TreeSet<>();
        for (Participant p : people) {
            for (TranscriptEntry e : evaluation.transcript(p.nip(), year).trainings()) {
                if (e.date() == null || e.date().getYear() != year || e.jp() == null || e.jp().signum() <= 0) {
                    continue;
                }
                SiasnCourse c = course(p, e, year, programs, root(byCode, p.unitCode()), unmapped);
                out.add(c);
            }
        }
        if (!unmapped.isEmpty()) {
            LOG.warn("SIASN export {}: jenisDiklatId left empty for {} (map them in siasn.jenisDiklat of "
                    + "etc/{}.cfg)", year, unmapped, SiasnConfig.PID);
        }
        out.sort(Comparator.comparing(SiasnCourse::nipBaru).thenComparing(c -> LocalDate.parse(c.tanggalKursus(), DATE)));
        return out;
    }

    private SiasnCourse course(Participant p, TranscriptEntry e, int year, Map<String, Program> programs, String agency,
            java.util.Set<String> unmapped) {
        LocalDate last = e.date();
        String kind = kind(e.type());
        String organiser = null;
        String method = null;
        if (e.source() == TrainingSource.PEMBINA && e.sessionId() != null) {
            last = catalog.session(e.sessionId()).map(TrainingSession::end).map(t -> t.toLocalDate()).orElse(e.date());
            Program program = programs.get(e.programCode());
            if (program != null) {
                method = program.deliveryMethod().name();
                kind = words(method);
            }
            organiser = agency;
        }
        List<String> keys = SiasnKinds.keys(e.source() == TrainingSource.PEMBINA ? e.programCode() : null, method,
                e.type() == null ? null : e.type().name());
        String jenisDiklatId = kinds.id(keys);
        if (jenisDiklatId == null && !keys.isEmpty()) {
            unmapped.add(keys.get(keys.size() - 1));
        }
        int jp = e.jp().setScale(0, RoundingMode.DOWN).intValueExact();
        return new SiasnCourse(p.nip(), p.name(), kind, jenisDiklatId, e.title(), organiser, e.date().format(DATE),
                last.format(DATE), year, jp, e.certificateNumber());
    }

    /** Words SIASN operators use for the evaluation's training types. */
    static String kind(TrainingType type) {
        if (type == null) {
            return null;
        }
        return switch (type) {
            case LEADERSHIP -> "Diklat Kepemimpinan";
            case FUNCTIONAL -> "Diklat Fungsional";
            case TECHNICAL -> "Diklat Teknis";
            case SEMINAR -> "Seminar";
        };
    }

    /** PELATIHAN -> Pelatihan, E_LEARNING -> E Learning. */
    static String words(String constant) {
        StringBuilder b = new StringBuilder();
        for (String w : constant.split("_")) {
            b.append(b.length() == 0 ? "" : " ").append(w.charAt(0)).append(w.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return b.toString();
    }

    private static String root(Map<String, OrganizationUnit> units, String code) {
        OrganizationUnit u = units.get(code);
        java.util.Set<String> seen = new java.util.HashSet<>();
        while (u != null && u.parentCode() != null && seen.add(u.code()) && units.containsKey(u.parentCode())) {
            u = units.get(u.parentCode());
        }
        return u == null ? null : u.name();
    }

    /**
     * Text a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) gets a leading
     * apostrophe, as the reporting bundle's CSV does.
     */
    static String safe(String text) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    static String csv(List<SiasnCourse> courses) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder()
                .setHeader(COLUMNS.toArray(String[]::new)).get())) {
            for (SiasnCourse c : courses) {
                printer.printRecord(c.nipBaru(), safe(c.nama()), safe(c.jenisKursus()), c.jenisDiklatId(),
                        safe(c.namaKursus()), safe(c.institusiPenyelenggara()), c.tanggalKursus(),
                        c.tanggalSelesaiKursus(), c.tahunKursus(), c.jumlahJam(), safe(c.nomorSertipikat()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

}
