package id.pembina.evaluation.data.internal;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;

import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpPhase;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;

/**
 * CSV imports of reactions, test answers and follow-ups. Each row becomes the submission the REST and console
 * edges would send and is checked by {@link Capture}'s own checks; the rows are then stored together by
 * {@link Capture#importRows}, all or nothing. Refusals name the row's physical line and the CSV column: an item
 * error of {@code values.r1}, {@code choices.q1} or {@code ratings.b1} names column {@code r1}, {@code q1} or
 * {@code b1}.
 * <p>
 * The item columns of a file are checked on line 1 against the instrument versions its rows answer (a blank
 * version cell means the programme's current version; a file without data rows is checked against that): a
 * column that is an item of none of them is refused there. A row's cell in a column that is not an item of the
 * row's own version must be blank; an item of the row's version without a column is missing.
 */
final class CsvImports {

    static final String NIP = "nip";
    static final String VERSION = "version";
    static final String COMMENT = "comment";
    static final String SESSION = "sessionId";
    static final String SUPERVISOR = "supervisorNip";
    static final String PHASE = "phase";
    static final String WEEKS = "weeksAfterSession";

    private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,9}");
    private static final Pattern INDEX = Pattern.compile("[0-9]{1,9}");
    private static final Pattern LETTER = Pattern.compile("[a-dA-D]");

    private final Capture capture;

    CsvImports(Capture capture) {
        this.capture = capture;
    }

    // ---- reactions ----

    ImportResult reactions(long sessionId, Reader csv) {
        Capture.Lookups l = capture.lookups();
        TrainingSession session = l.session(sessionId);
        ProgramDetail detail = l.program(session.programCode());
        String current = detail.reaction() == null ? null : detail.reaction().version();
        CsvTable.Result table = CsvTable.read(csv);
        List<String> fixed = List.of(NIP, VERSION, COMMENT);
        Optional<ImportResult> refused = checkHeader(table, List.of(NIP), fixed, row -> Optional.ofNullable(
                version(row, current)).flatMap(v -> l.reaction(session.programCode(), v))
                .map(q -> new Instrument(q.version(), q.items().stream().map(ReactionQuestionnaire.LikertItem::id)
                        .toList())));
        if (refused.isPresent()) {
            return refused.get();
        }
        List<RowError> errors = new ArrayList<>(table.errors());
        List<Capture.ImportRow> checked = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<FieldError> rowErrors = new ArrayList<>();
            Map<String, Integer> values = new LinkedHashMap<>();
            for (String column : items(table.header(), fixed)) {
                String cell = row.get(column);
                if (cell == null) {
                    continue; // missing when the item belongs to the row's version
                }
                if (WHOLE.matcher(cell).matches()) {
                    values.put(column, Integer.valueOf(cell));
                } else {
                    rowErrors.add(FieldError.of(column, "evaluation.wholeNumber", cell));
                }
            }
            ReactionSubmission s = new ReactionSubmission(row.get(NIP), row.get(VERSION), values, row.get(COMMENT));
            List<FieldError> found = new ArrayList<>();
            Capture.CheckedReaction c = capture.checkReaction(l, session, s, found);
            if (add(row, rowErrors, found, errors)) {
                checked.add(new Capture.ImportRow(row.line(), c.nip(), sessionId,
                        conn -> capture.storeReaction(conn, c)));
            }
        }
        return capture.importRows(table.count(), errors, checked);
    }

    // ---- knowledge tests ----

    ImportResult tests(long sessionId, TestPhase phase, Reader csv) {
        Objects.requireNonNull(phase, "phase");
        Capture.Lookups l = capture.lookups();
        TrainingSession session = l.session(sessionId);
        ProgramDetail detail = l.program(session.programCode());
        String current = detail.knowledgeTest() == null ? null : detail.knowledgeTest().version();
        Function<CsvTable.Row, Optional<Instrument>> instrument = row -> Optional.ofNullable(version(row, current))
                .flatMap(v -> l.knowledgeTest(session.programCode(), v))
                .map(t -> new Instrument(t.version(), t.items().stream().map(KnowledgeTest.TestItem::id).toList()));
        CsvTable.Result table = CsvTable.read(csv);
        List<String> fixed = List.of(NIP, VERSION);
        Optional<ImportResult> refused = checkHeader(table, List.of(NIP), fixed, instrument);
        if (refused.isPresent()) {
            return refused.get();
        }
        List<RowError> errors = new ArrayList<>(table.errors());
        List<Capture.ImportRow> checked = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<String> ownItems = instrument.apply(row).map(Instrument::items).orElse(List.of());
            List<FieldError> rowErrors = new ArrayList<>();
            Map<String, Integer> choices = new LinkedHashMap<>();
            for (String column : items(table.header(), fixed)) {
                String cell = row.get(column);
                if (cell == null) {
                    if (ownItems.contains(column)) {
                        choices.put(column, null); // left unanswered: scored as incorrect
                    }
                } else if (INDEX.matcher(cell).matches()) {
                    choices.put(column, Integer.valueOf(cell));
                } else if (LETTER.matcher(cell).matches()) {
                    choices.put(column, Character.toLowerCase(cell.charAt(0)) - 'a');
                } else {
                    rowErrors.add(FieldError.of(column, "evaluation.optionText", cell));
                }
            }
            TestSubmission s = new TestSubmission(row.get(NIP), row.get(VERSION), choices);
            List<FieldError> found = new ArrayList<>();
            TestAnswers answers = capture.checkTest(l, session, phase, s, found);
            if (add(row, rowErrors, found, errors)) {
                checked.add(new Capture.ImportRow(row.line(), answers.nip(), sessionId,
                        conn -> capture.storeTest(conn, answers)));
            }
        }
        return capture.importRows(table.count(), errors, checked);
    }

    // ---- follow-ups ----

    ImportResult followUps(Reader csv) {
        Capture.Lookups l = capture.lookups();
        CsvTable.Result table = CsvTable.read(csv);
        List<String> fixed = List.of(SESSION, NIP, SUPERVISOR, PHASE, WEEKS, VERSION);
        Optional<ImportResult> refused = checkHeader(table, List.of(SESSION, NIP, SUPERVISOR, PHASE), fixed,
                row -> session(l, row.get(SESSION)).flatMap(s -> {
                    ProgramDetail detail = l.program(s.programCode());
                    String current = detail.behaviour() == null ? null : detail.behaviour().version();
                    return Optional.ofNullable(version(row, current)).flatMap(v -> l.behaviour(s.programCode(), v));
                }).map(b -> new Instrument(b.version(), b.indicators().stream()
                        .map(BehaviourChecklist.BehaviourIndicator::id).toList())));
        if (refused.isPresent()) {
            return refused.get();
        }
        List<RowError> errors = new ArrayList<>(table.errors());
        List<Capture.ImportRow> checked = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            List<FieldError> rowErrors = new ArrayList<>();
            String sessionCell = row.get(SESSION);
            Optional<TrainingSession> session = session(l, sessionCell);
            if (sessionCell == null) {
                rowErrors.add(FieldError.of(SESSION, "evaluation.required"));
            } else if (session.isEmpty()) {
                rowErrors.add(FieldError.of(SESSION, "evaluation.sessionUnknown", sessionCell));
            }
            FollowUpPhase phase = null;
            String phaseCell = row.get(PHASE);
            if (phaseCell != null) {
                try {
                    phase = FollowUpPhase.valueOf(phaseCell.toUpperCase(Locale.ROOT));
                } catch (IllegalArgumentException e) {
                    rowErrors.add(FieldError.of(PHASE, "invalidValue", phaseCell, "BASELINE, AFTER"));
                }
            }
            Integer weeks = null;
            String weeksCell = row.get(WEEKS);
            if (weeksCell != null) {
                if (WHOLE.matcher(weeksCell).matches()) {
                    weeks = Integer.valueOf(weeksCell);
                } else {
                    rowErrors.add(FieldError.of(WEEKS, "evaluation.wholeNumber", weeksCell));
                }
            }
            Map<String, Integer> ratings = new LinkedHashMap<>();
            for (String column : items(table.header(), fixed)) {
                String cell = row.get(column);
                if (cell == null) {
                    continue; // missing when the indicator belongs to the row's version
                }
                if (WHOLE.matcher(cell).matches()) {
                    ratings.put(column, Integer.valueOf(cell));
                } else {
                    rowErrors.add(FieldError.of(column, "evaluation.wholeNumber", cell));
                }
            }
            if (session.isEmpty()) {
                errors.addAll(rowErrors.stream().map(e -> new RowError(row.line(), e)).toList());
                continue;
            }
            FollowUpSubmission s = new FollowUpSubmission(session.get().id(), row.get(NIP), row.get(SUPERVISOR),
                    phase, weeks, row.get(VERSION), ratings);
            List<FieldError> found = new ArrayList<>();
            FollowUp followUp = capture.checkFollowUp(l, session.get(), s, found);
            if (phaseCell != null && phase == null) {
                found.removeIf(e -> e.field().equals(PHASE)); // not also "required"
            }
            if (add(row, rowErrors, found, errors)) {
                checked.add(new Capture.ImportRow(row.line(), followUp.nip(), followUp.sessionId(),
                        conn -> capture.storeFollowUp(conn, followUp)));
            }
        }
        return capture.importRows(table.count(), errors, checked);
    }

    // ---- shared ----

    /** An instrument version and its item ids. */
    private record Instrument(String version, List<String> items) {
    }

    /** @return the version a row answers: its cell, or the current one (null when the programme has none) */
    private static String version(CsvTable.Row row, String current) {
        String v = row.get(VERSION);
        return v != null ? v : current;
    }

    private static Optional<TrainingSession> session(Capture.Lookups l, String cell) {
        return cell == null || !Pattern.matches("[0-9]{1,18}", cell) ? Optional.empty()
                : l.find(Long.parseLong(cell));
    }

    /** @return the header's item columns: those that are not fixed */
    private static List<String> items(List<String> header, List<String> fixed) {
        return header.stream().filter(h -> h != null && !h.isBlank() && !fixed.contains(h)).toList();
    }

    /**
     * Checks the header: the file's own header errors, the required columns, and that each item column is an
     * item of at least one of the instrument versions the rows answer (when at least one of them is known).
     *
     * @return the refusal when the header is wrong (then the rows are not looked at)
     */
    private static Optional<ImportResult> checkHeader(CsvTable.Result table, List<String> required,
            List<String> fixed, Function<CsvTable.Row, Optional<Instrument>> instrumentOfRow) {
        List<RowError> errors = new ArrayList<>(table.errors().stream().filter(e -> e.line() == 1).toList());
        if (table.header().isEmpty()) {
            return Optional.of(Capture.result(table.count(), errors));
        }
        errors.addAll(CsvTable.requireColumns(table.header(), required));
        Set<String> versions = new LinkedHashSet<>();
        Set<String> known = new LinkedHashSet<>();
        List<CsvTable.Row> rows = table.rows().isEmpty()
                ? List.of(new CsvTable.Row(1, Map.of())) // no rows: the current version
                : table.rows();
        for (CsvTable.Row row : rows) {
            instrumentOfRow.apply(row).ifPresent(i -> {
                versions.add(i.version());
                known.addAll(i.items());
            });
        }
        if (!versions.isEmpty()) {
            for (String column : items(table.header(), fixed)) {
                if (!known.contains(column)) {
                    errors.add(new RowError(1, FieldError.of(column, "evaluation.columnUnknown", column,
                            String.join(", ", versions))));
                }
            }
        }
        return errors.isEmpty() ? Optional.empty() : Optional.of(Capture.result(table.count(), errors));
    }

    /**
     * Adds a row's refusals: those of reading its cells and those of the checks, item fields renamed to their
     * columns, and without a "missing" refusal for a cell that could not be read.
     *
     * @return true when the row has none
     */
    private static boolean add(CsvTable.Row row, List<FieldError> cellErrors, List<FieldError> checkErrors,
            List<RowError> errors) {
        List<FieldError> all = new ArrayList<>(cellErrors);
        for (FieldError e : checkErrors) {
            FieldError named = new FieldError(column(e.field()), e.code(), e.args());
            if (cellErrors.stream().noneMatch(c -> c.field().equals(named.field()))) {
                all.add(named);
            }
        }
        all.forEach(e -> errors.add(new RowError(row.line(), e)));
        return all.isEmpty();
    }

    private static String column(String field) {
        for (String prefix : List.of("values.", "choices.", "ratings.")) {
            if (field.startsWith(prefix)) {
                return field.substring(prefix.length());
            }
        }
        return field;
    }
}
