package id.pembina.catalog.internal;

import static id.pembina.catalog.internal.Jdbc.join;
import static id.pembina.catalog.internal.Jdbc.list;
import static id.pembina.catalog.internal.Jdbc.split;
import static id.pembina.catalog.internal.Jdbc.update;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.IndexTrainingType;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.platform.api.FieldError;

/**
 * Snapshots of module definitions: the last definition of each programme and every version of
 * every instrument, so that records outlive the module that defined them.
 */
final class ProgramStore {

    /** One stored instrument item, whatever its kind. */
    record Item(String id, String text, List<String> options, Integer answerIndex, Integer points) {
    }

    /** Thrown when an instrument version already stored has other items than the module brings now. */
    static final class InstrumentChanged extends Exception {
        private static final long serialVersionUID = 1L;

        InstrumentChanged(String message) {
            super(message);
        }
    }

    /** An instrument version stored earlier with other items, or with the other anonymity (then {@code wasAnonymous} is set). */
    record Change(String programCode, InstrumentKind kind, String version, Boolean wasAnonymous) {

        String message() {
            return wasAnonymous == null
                    ? programCode + ": " + kind + " version " + version
                            + " was recorded with other items; give the changed instrument a new version"
                    : programCode + ": " + kind + " version " + version + " was recorded "
                            + (wasAnonymous ? "anonymous" : "not anonymous") + "; give the changed instrument a new version";
        }

        /** @return the change as a module-check problem, texts in the catalog's messages */
        FieldError problem() {
            return wasAnonymous == null
                    ? FieldError.of(programCode, "module.check.instrumentChanged", programCode, kind, version)
                    : FieldError.of(programCode, "module.check.anonymityChanged", programCode, version);
        }
    }

    /** Checks every instrument of the definition against stored versions; changes nothing. */
    void checkInstruments(Connection c, ProgramDefinition d) throws SQLException, InstrumentChanged {
        List<Change> changes = changes(c, d);
        if (!changes.isEmpty()) {
            throw new InstrumentChanged(changes.get(0).message());
        }
    }

    /** @return every instrument of the definition whose version was stored with other items; changes nothing */
    List<Change> changes(Connection c, ProgramDefinition d) throws SQLException {
        List<Change> out = new ArrayList<>();
        compare(c, d.code(), InstrumentKind.REACTION, d.reaction().version(), reactionItems(d.reaction()), out);
        List<Boolean> anonymous = list(c, "SELECT anonymous FROM cat_instrument WHERE program_code = ? AND kind = ? "
                + "AND version = ?", rs -> rs.getBoolean(1), d.code(), InstrumentKind.REACTION, d.reaction().version());
        if (!anonymous.isEmpty() && anonymous.get(0) != d.reaction().anonymous()) {
            // Whether answers carry the NIP is part of what participants were promised.
            out.add(new Change(d.code(), InstrumentKind.REACTION, d.reaction().version(), anonymous.get(0)));
        }
        compare(c, d.code(), InstrumentKind.KNOWLEDGE_TEST, d.knowledgeTest().version(), testItems(d.knowledgeTest()), out);
        compare(c, d.code(), InstrumentKind.BEHAVIOUR, d.behaviour().version(), behaviourItems(d.behaviour()), out);
        return out;
    }

    private void compare(Connection c, String code, InstrumentKind kind, String version, List<Item> items,
            List<Change> out) throws SQLException {
        List<Item> stored = items(c, code, kind, version);
        if (!stored.isEmpty() && !stored.equals(items)) {
            out.add(new Change(code, kind, version, null));
        }
    }

    /** Stores the programme's current definition and any instrument version not stored yet. */
    void save(Connection c, String moduleId, String moduleVersion, ProgramDefinition d, Instant now) throws SQLException {
        Object[] values = { moduleId, moduleVersion, d.title(), d.description(), d.competencyType(), d.deliveryMethod(),
            d.jp(), join(d.objectives()), d.reaction().version(), d.knowledgeTest().version(), d.behaviour().version(),
            d.indexTrainingType(), now, d.code() };
        // The operator's index_training_type_set is left alone: it outlives module upgrades.
        int n = update(c, "UPDATE cat_program SET module_id = ?, module_version = ?, title = ?, description = ?, "
                + "competency_type = ?, delivery_method = ?, jp = ?, objectives = ?, reaction_version = ?, "
                + "test_version = ?, behaviour_version = ?, index_training_type = ?, updated_at = ? WHERE code = ?",
                values);
        if (n == 0) {
            update(c, "INSERT INTO cat_program (module_id, module_version, title, description, competency_type, "
                    + "delivery_method, jp, objectives, reaction_version, test_version, behaviour_version, "
                    + "index_training_type, updated_at, code) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)", values);
        }
        instrument(c, d.code(), InstrumentKind.REACTION, d.reaction().version(), moduleVersion, d.reaction().anonymous(),
                reactionItems(d.reaction()), now);
        instrument(c, d.code(), InstrumentKind.KNOWLEDGE_TEST, d.knowledgeTest().version(), moduleVersion, false,
                testItems(d.knowledgeTest()), now);
        instrument(c, d.code(), InstrumentKind.BEHAVIOUR, d.behaviour().version(), moduleVersion, false,
                behaviourItems(d.behaviour()), now);
        update(c, "DELETE FROM cat_results_indicator WHERE program_code = ?", d.code());
        int pos = 0;
        for (ResultsIndicator r : d.results()) {
            update(c, "INSERT INTO cat_results_indicator (program_code, indicator_id, position, name, unit_of_measure, "
                    + "direction) VALUES (?,?,?,?,?,?)", d.code(), r.id(), pos++, r.name(), r.unitOfMeasure(), r.direction());
        }
    }

    private void instrument(Connection c, String code, InstrumentKind kind, String version, String moduleVersion,
            boolean anonymous, List<Item> items, Instant now) throws SQLException {
        if (Jdbc.number(c, "SELECT COUNT(*) FROM cat_instrument WHERE program_code = ? AND kind = ? AND version = ?",
                code, kind, version) > 0) {
            return;
        }
        update(c, "INSERT INTO cat_instrument (program_code, kind, version, module_version, anonymous, recorded_at) "
                + "VALUES (?,?,?,?,?,?)", code, kind, version, moduleVersion, anonymous, now);
        int pos = 0;
        for (Item i : items) {
            update(c, "INSERT INTO cat_instrument_item (program_code, kind, version, item_id, position, text, options, "
                    + "answer_index, points) VALUES (?,?,?,?,?,?,?,?,?)", code, kind, version, i.id(), pos++, i.text(),
                    i.options() == null ? null : join(i.options()), i.answerIndex(), i.points());
        }
    }

    List<Item> items(Connection c, String code, InstrumentKind kind, String version) throws SQLException {
        return list(c, "SELECT item_id, text, options, answer_index, points FROM cat_instrument_item "
                + "WHERE program_code = ? AND kind = ? AND version = ? ORDER BY position", rs -> new Item(
                        rs.getString(1), rs.getString(2), rs.getString(3) == null ? null : split(rs.getString(3)),
                        (Integer) rs.getObject(4, Integer.class), (Integer) rs.getObject(5, Integer.class)),
                code, kind, version);
    }

    List<Program> programs(Connection c, java.util.function.Predicate<String> installed) throws SQLException {
        // Sorted here: the database's collation may order codes with '-' differently (e.g. glibc en_US).
        List<Program> out = new ArrayList<>(list(c, "SELECT * FROM cat_program", rs -> program(rs, installed)));
        out.sort(java.util.Comparator.comparing(Program::code));
        return out;
    }

    Optional<Program> program(Connection c, String code, java.util.function.Predicate<String> installed)
            throws SQLException {
        return list(c, "SELECT * FROM cat_program WHERE code = ?", rs -> program(rs, installed), code).stream().findFirst();
    }

    private static Program program(ResultSet rs, java.util.function.Predicate<String> installed) throws SQLException {
        String code = rs.getString("code");
        String set = rs.getString("index_training_type_set");
        return new Program(code, rs.getString("title"), rs.getString("description"),
                CompetencyType.valueOf(rs.getString("competency_type")),
                DeliveryMethod.valueOf(rs.getString("delivery_method")), rs.getInt("jp"),
                split(rs.getString("objectives")), rs.getString("module_id"), rs.getString("module_version"),
                installed.test(code), IndexTrainingType.valueOf(set == null ? rs.getString("index_training_type") : set),
                set != null);
    }

    /**
     * Sets (or with null clears) the operator's IP ASN training type of a stored programme.
     *
     * @return whether the programme exists
     */
    boolean setIndexTrainingType(Connection c, String code, IndexTrainingType type) throws SQLException {
        return update(c, "UPDATE cat_program SET index_training_type_set = ? WHERE code = ?", type, code) == 1;
    }

    /** The programme with the instrument versions its last definition named. */
    Optional<ProgramDetail> detail(Connection c, String code, java.util.function.Predicate<String> installed)
            throws SQLException {
        Optional<Program> program = program(c, code, installed);
        if (program.isEmpty()) {
            return Optional.empty();
        }
        String[] versions = list(c, "SELECT reaction_version, test_version, behaviour_version FROM cat_program "
                + "WHERE code = ?", rs -> new String[] { rs.getString(1), rs.getString(2), rs.getString(3) }, code).get(0);
        List<ProgramDetail.InstrumentVersion> all = list(c, "SELECT kind, version, module_version FROM cat_instrument "
                + "WHERE program_code = ? ORDER BY kind, recorded_at, version", rs -> new ProgramDetail.InstrumentVersion(
                        InstrumentKind.valueOf(rs.getString(1)), rs.getString(2), rs.getString(3)), code);
        List<ResultsIndicator> results = list(c, "SELECT indicator_id, name, unit_of_measure, direction FROM "
                + "cat_results_indicator WHERE program_code = ? ORDER BY position", rs -> new ResultsIndicator(
                        rs.getString(1), rs.getString(2), rs.getString(3),
                        ResultsIndicator.Direction.valueOf(rs.getString(4))), code);
        return Optional.of(new ProgramDetail(program.get(), reaction(c, code, versions[0]).orElse(null),
                knowledgeTest(c, code, versions[1]).orElse(null), behaviour(c, code, versions[2]).orElse(null),
                results, all));
    }

    Optional<ReactionQuestionnaire> reaction(Connection c, String code, String version) throws SQLException {
        List<Boolean> anonymous = list(c, "SELECT anonymous FROM cat_instrument WHERE program_code = ? AND kind = ? "
                + "AND version = ?", rs -> rs.getBoolean(1), code, InstrumentKind.REACTION, version);
        if (anonymous.isEmpty()) {
            return Optional.empty();
        }
        List<ReactionQuestionnaire.LikertItem> items = new ArrayList<>();
        for (Item i : items(c, code, InstrumentKind.REACTION, version)) {
            items.add(new ReactionQuestionnaire.LikertItem(i.id(), i.text()));
        }
        return Optional.of(new ReactionQuestionnaire(version, anonymous.get(0), items));
    }

    Optional<KnowledgeTest> knowledgeTest(Connection c, String code, String version) throws SQLException {
        List<Item> stored = items(c, code, InstrumentKind.KNOWLEDGE_TEST, version);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<KnowledgeTest.TestItem> items = new ArrayList<>();
        for (Item i : stored) {
            items.add(new KnowledgeTest.TestItem(i.id(), i.text(), i.options(), i.answerIndex(), i.points()));
        }
        return Optional.of(new KnowledgeTest(version, items));
    }

    Optional<BehaviourChecklist> behaviour(Connection c, String code, String version) throws SQLException {
        List<Item> stored = items(c, code, InstrumentKind.BEHAVIOUR, version);
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        List<BehaviourChecklist.BehaviourIndicator> items = new ArrayList<>();
        for (Item i : stored) {
            items.add(new BehaviourChecklist.BehaviourIndicator(i.id(), i.text()));
        }
        return Optional.of(new BehaviourChecklist(version, items));
    }

    private static List<Item> reactionItems(ReactionQuestionnaire q) {
        List<Item> out = new ArrayList<>();
        q.items().forEach(i -> out.add(new Item(i.id(), i.text(), null, null, null)));
        return out;
    }

    private static List<Item> testItems(KnowledgeTest t) {
        List<Item> out = new ArrayList<>();
        t.items().forEach(i -> out.add(new Item(i.id(), i.question(), i.options(), i.answerIndex(), i.points())));
        return out;
    }

    private static List<Item> behaviourItems(BehaviourChecklist b) {
        List<Item> out = new ArrayList<>();
        b.indicators().forEach(i -> out.add(new Item(i.id(), i.text(), null, null, null)));
        return out;
    }
}
