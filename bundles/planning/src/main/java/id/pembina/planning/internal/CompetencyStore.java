package id.pembina.planning.internal;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import id.pembina.persistence.api.Jdbc;
import id.pembina.participant.api.PositionType;
import id.pembina.persistence.api.KeyLists;
import id.pembina.planning.api.CompetencyLevel;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.LevelSource;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;

/**
 * Requirements, levels reached and programme competencies: CSV imports (all rows or none; a row for an
 * existing key replaces it) and reads.
 */
final class CompetencyStore {

    static final int MAX_LEVEL = 5;
    private static final String CODE = "[A-Za-z0-9._-]{1,60}";

    private final Db db;

    CompetencyStore(Db db) {
        this.db = db;
    }

    ImportResult importRequirements(Reader csv) {
        List<Csv.Row> rows = Csv.read(csv, List.of("competency", "name", "level"));
        List<RowError> errors = new ArrayList<>();
        List<CompetencyRequirement> ok = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Csv.Row row : rows) {
            if (Csv.broken(row, 5, errors)) {
                continue;
            }
            int before = errors.size();
            String title = Csv.text(row, "positionTitle", false, 200, errors);
            String type = Csv.text(row, "positionType", false, 20, errors);
            String code = code(row, "competency", errors);
            String name = Csv.text(row, "name", true, 200, errors);
            Integer level = Csv.integer(row, "level", 1, MAX_LEVEL, errors);
            if (title == null && type == null) {
                errors.add(new RowError(row.line(), FieldError.of("positionTitle", "planning.requirement.position")));
            } else if (title != null && type != null) {
                errors.add(new RowError(row.line(), FieldError.of("positionType", "planning.requirement.position")));
            } else if (type != null && !isPositionType(type)) {
                errors.add(new RowError(row.line(), FieldError.of("positionType", "planning.positionType", type)));
            }
            if (errors.size() == before) {
                String t = type == null ? null : type.toUpperCase(Locale.ROOT);
                if (!keys.add(title + "|" + t + "|" + code)) {
                    errors.add(new RowError(row.line(), FieldError.of("competency", "planning.duplicateRow", code)));
                } else {
                    ok.add(new CompetencyRequirement(title, t, code, name, level));
                }
            }
        }
        refuseOnErrors(rows.size(), errors);
        db.tx(c -> {
            for (CompetencyRequirement r : ok) {
                String title = r.positionTitle() == null ? "" : r.positionTitle();
                String type = r.positionType() == null ? "" : r.positionType();
                Jdbc.update(c, "DELETE FROM pl_requirement WHERE position_title = ? AND position_type = ? AND competency = ?",
                        title, type, r.competency());
                Jdbc.update(c, "INSERT INTO pl_requirement (position_title, position_type, competency, comp_name, req_level)"
                        + " VALUES (?, ?, ?, ?, ?)", title, type, r.competency(), r.name(), r.level());
            }
            return null;
        });
        return new ImportResult(rows.size(), ok.size(), List.of());
    }

    /** @param known answers which of the NIPs the registry knows */
    ImportResult importLevels(Reader csv, java.util.function.Function<Collection<String>, Set<String>> known) {
        List<Csv.Row> rows = Csv.read(csv, List.of("nip", "competency", "level", "source", "assessedOn"));
        List<RowError> errors = new ArrayList<>();
        List<CompetencyLevel> ok = new ArrayList<>();
        List<Long> okLines = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Csv.Row row : rows) {
            if (Csv.broken(row, 5, errors)) {
                continue;
            }
            int before = errors.size();
            String nip = Csv.text(row, "nip", true, 40, errors);
            String code = code(row, "competency", errors);
            Integer level = Csv.integer(row, "level", 0, MAX_LEVEL, errors);
            LevelSource source = source(row, errors);
            LocalDate on = date(row, "assessedOn", errors);
            if (errors.size() == before) {
                String n = nip.replace(" ", "");
                if (!keys.add(n + "|" + code + "|" + source + "|" + on)) {
                    errors.add(new RowError(row.line(), FieldError.of("competency", "planning.duplicateRow", code)));
                } else {
                    ok.add(new CompetencyLevel(n, code, level, source, on));
                    okLines.add(row.line());
                }
            }
        }
        Set<String> found = known.apply(ok.stream().map(CompetencyLevel::nip).toList());
        for (int i = 0; i < ok.size(); i++) {
            if (!found.contains(ok.get(i).nip())) {
                errors.add(new RowError(okLines.get(i), FieldError.of("nip", "planning.participantUnknown", ok.get(i).nip())));
            }
        }
        refuseOnErrors(rows.size(), errors);
        db.tx(c -> {
            for (CompetencyLevel l : ok) {
                Jdbc.update(c, "DELETE FROM pl_level WHERE nip = ? AND competency = ? AND level_source = ? AND assessed_on = ?",
                        l.nip(), l.competency(), l.source().name(), l.assessedOn());
                Jdbc.update(c, "INSERT INTO pl_level (nip, competency, level_source, assessed_on, reached) VALUES (?, ?, ?, ?, ?)",
                        l.nip(), l.competency(), l.source().name(), l.assessedOn(), l.level());
            }
            return null;
        });
        return new ImportResult(rows.size(), ok.size(), List.of());
    }

    ImportResult importProgramCompetencies(Reader csv, Set<String> programs) {
        List<Csv.Row> rows = Csv.read(csv, List.of("programCode", "competency"));
        List<RowError> errors = new ArrayList<>();
        Set<List<String>> ok = new java.util.LinkedHashSet<>();
        for (Csv.Row row : rows) {
            if (Csv.broken(row, 2, errors)) {
                continue;
            }
            int before = errors.size();
            String program = Csv.text(row, "programCode", true, 60, errors);
            String code = code(row, "competency", errors);
            if (program != null && !programs.contains(program)) {
                errors.add(new RowError(row.line(), FieldError.of("programCode", "planning.programUnknown", program)));
            }
            if (errors.size() == before) {
                ok.add(List.of(program, code));
            }
        }
        refuseOnErrors(rows.size(), errors);
        db.tx(c -> {
            for (List<String> pc : ok) {
                Jdbc.update(c, "DELETE FROM pl_program_competency WHERE program_code = ? AND competency = ?", pc.get(0), pc.get(1));
                Jdbc.update(c, "INSERT INTO pl_program_competency (program_code, competency) VALUES (?, ?)", pc.get(0), pc.get(1));
            }
            return null;
        });
        return new ImportResult(rows.size(), ok.size(), List.of());
    }

    List<CompetencyRequirement> requirements() {
        return db.tx(c -> Jdbc.list(c, "SELECT position_title, position_type, competency, comp_name, req_level"
                + " FROM pl_requirement ORDER BY CASE WHEN position_title = '' THEN 1 ELSE 0 END, position_title,"
                + " position_type, competency", rs -> new CompetencyRequirement(blankToNull(rs.getString(1)),
                        blankToNull(rs.getString(2)), rs.getString(3), rs.getString(4), rs.getInt(5))));
    }

    List<CompetencyLevel> levels(String nip) {
        return db.tx(c -> levels(c, List.of(nip))).getOrDefault(nip, List.of());
    }

    /** @return the levels per NIP, newest first */
    Map<String, List<CompetencyLevel>> levels(Collection<String> nips) {
        return db.tx(c -> levels(c, nips));
    }

    private static Map<String, List<CompetencyLevel>> levels(Connection c, Collection<String> nips) throws SQLException {
        Map<String, List<CompetencyLevel>> out = new HashMap<>();
        for (List<String> chunk : KeyLists.chunks(nips)) {
            for (CompetencyLevel l : Jdbc.list(c, "SELECT nip, competency, reached, level_source, assessed_on FROM pl_level"
                    + " WHERE nip IN (" + Jdbc.marks(chunk.size()) + ") ORDER BY assessed_on DESC, competency",
                    rs -> new CompetencyLevel(rs.getString(1).strip(), rs.getString(2), rs.getInt(3),
                            LevelSource.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate()), chunk.toArray())) {
                out.computeIfAbsent(l.nip(), k -> new ArrayList<>()).add(l);
            }
        }
        return out;
    }

    /** Recorded by staff; the analysis adds what modules declare. */
    List<ProgramCompetency> programCompetencies() {
        return db.tx(c -> Jdbc.list(c, "SELECT program_code, competency FROM pl_program_competency"
                + " ORDER BY program_code, competency", rs -> new ProgramCompetency(rs.getString(1), rs.getString(2), false)));
    }

    private static void refuseOnErrors(int rows, List<RowError> errors) {
        if (!errors.isEmpty()) {
            List<RowError> sorted = new ArrayList<>(errors);
            sorted.sort(java.util.Comparator.comparingLong(RowError::line));
            throw new ImportRefusedException(new ImportResult(rows, 0, sorted));
        }
    }

    private static String code(Csv.Row row, String column, List<RowError> errors) {
        String v = Csv.text(row, column, true, 60, errors);
        if (v != null && !v.matches(CODE)) {
            errors.add(new RowError(row.line(), FieldError.of(column, "planning.code", v)));
            return null;
        }
        return v;
    }

    private static LevelSource source(Csv.Row row, List<RowError> errors) {
        String v = row.get("source");
        if (v == null) {
            errors.add(new RowError(row.line(), FieldError.of("source", "required")));
            return null;
        }
        try {
            return LevelSource.valueOf(v.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(row.line(), FieldError.of("source", "planning.levelSource", v)));
            return null;
        }
    }

    private static LocalDate date(Csv.Row row, String column, List<RowError> errors) {
        String v = row.get(column);
        if (v == null) {
            errors.add(new RowError(row.line(), FieldError.of(column, "required")));
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(v);
            if (d.getYear() >= 2000 && d.getYear() <= 2100) {
                return d;
            }
        } catch (DateTimeParseException e) {
            // reported below
        }
        errors.add(new RowError(row.line(), FieldError.of(column, "planning.date", v)));
        return null;
    }

    static boolean isPositionType(String v) {
        try {
            PositionType.valueOf(v.toUpperCase(Locale.ROOT));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static String blankToNull(String s) {
        return s == null || s.isEmpty() ? null : s;
    }
}
