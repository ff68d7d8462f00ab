package id.pembina.evaluation.data.internal;

import java.sql.Date;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.ActionStatus;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.FollowThrough;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.Recommendation;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/** Recommendations from a programme's evaluation, and the programme's follow-through actions ({@code ev_action}). */
@Component(immediate = true, service = FollowThrough.class, property = "dataSource.target=(dataSourceName=pembina)")
public final class FollowThroughImpl implements FollowThrough {

    static final int MAX_TEXT = 1000;
    static final int MAX_OWNER = 200;

    private final Transactions tx;
    private final EvaluationDataService evaluation;
    private final CatalogService catalog;
    private final ParticipantRegistry registry;
    private final Clock clock;

    @Activate
    public FollowThroughImpl(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "evaluation") EvaluationDataService evaluation,
            @Reference(name = "catalog") CatalogService catalog,
            @Reference(name = "registry") ParticipantRegistry registry) {
        this(dataSource, evaluation, catalog, registry, Clock.system(Nip.WIB));
    }

    /** For tests: the tables must exist (the evaluation data service migrated them). */
    FollowThroughImpl(DataSource dataSource, EvaluationDataService evaluation, CatalogService catalog,
            ParticipantRegistry registry, Clock clock) {
        this.tx = new Transactions(dataSource);
        this.evaluation = evaluation;
        this.catalog = catalog;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public List<Recommendation> recommendations(String programCode, LocalDate from, LocalDate to) {
        Allowed.staff();
        ProgramEvaluation pe = evaluation.evaluateProgram(programCode, from, to);
        List<TrainingSession> sessions = new ArrayList<>();
        pe.sessionIds().forEach(id -> catalog.session(id).ifPresent(sessions::add));
        var enrollments = catalog.enrollments(pe.sessionIds());
        Set<String> holders = new HashSet<>();
        enrollments.values().forEach(list -> list.stream().filter(e -> e.status().takesSeat())
                .forEach(e -> holders.add(e.nip())));
        return Recommender.of(pe.levels(), sessions, enrollments, catalog.attendance(pe.sessionIds()),
                registry.findAll(holders));
    }

    @Override
    public ProgramAction addAction(String programCode, ActionInput action) {
        Allowed.staff();
        String code = programCode == null ? "" : programCode.strip();
        if (catalog.program(code).isEmpty()) {
            throw new NotFoundException(code);
        }
        check(action);
        Instant now = clock.instant();
        ActionStatus status = action.status() == null ? ActionStatus.OPEN : action.status();
        long id = tx.run(c -> Store.insert(c, "INSERT INTO ev_action (program_code, recommendation, action_text, "
                + "status, owner, due, created_at, updated_at, done_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", code,
                blankToNull(action.recommendation()), action.text().strip(), status.name(), action.owner().strip(),
                date(action.due()), Store.ts(now), Store.ts(now), status == ActionStatus.DONE ? Store.ts(now) : null));
        return find(id);
    }

    @Override
    public ProgramAction updateAction(long id, ActionInput action) {
        Allowed.staff();
        ProgramAction old = find(id);
        check(action);
        Instant now = clock.instant();
        ActionStatus status = action.status() == null ? old.status() : action.status();
        // doneAt: kept while it stays DONE, set when it becomes DONE, cleared when reopened
        Instant done = status != ActionStatus.DONE ? null : old.doneAt() != null ? old.doneAt() : now;
        tx.run(c -> Store.update(c, "UPDATE ev_action SET recommendation = ?, action_text = ?, status = ?, owner = ?, "
                + "due = ?, updated_at = ?, done_at = ? WHERE id = ?", blankToNull(action.recommendation()),
                action.text().strip(), status.name(), action.owner().strip(), date(action.due()), Store.ts(now),
                done == null ? null : Store.ts(done), id));
        return find(id);
    }

    @Override
    public List<ProgramAction> actions(String programCode) {
        Allowed.staff();
        String code = programCode == null ? "" : programCode.strip();
        return tx.run(c -> Store.list(c, "SELECT * FROM ev_action WHERE program_code = ? "
                + "ORDER BY CASE WHEN due IS NULL THEN 1 ELSE 0 END, due, id", FollowThroughImpl::action, code));
    }

    private ProgramAction find(long id) {
        return tx.run(c -> Store.list(c, "SELECT * FROM ev_action WHERE id = ?", FollowThroughImpl::action, id))
                .stream().findFirst().orElseThrow(() -> new NotFoundException("action " + id));
    }

    private static void check(ActionInput a) {
        List<FieldError> errors = new ArrayList<>();
        if (a == null) {
            throw new ValidationException(List.of(FieldError.of("text", "evaluation.required")));
        }
        Checks.text("text", a.text(), true, MAX_TEXT, errors);
        Checks.text("owner", a.owner(), true, MAX_OWNER, errors);
        String rec = blankToNull(a.recommendation());
        if (rec != null) {
            try {
                Recommendation.Kind.valueOf(rec);
            } catch (IllegalArgumentException e) {
                errors.add(FieldError.of("recommendation", "evaluation.recommendationUnknown", rec));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static ProgramAction action(java.sql.ResultSet rs) throws SQLException {
        Date due = rs.getDate("due");
        return new ProgramAction(rs.getLong("id"), rs.getString("program_code"), rs.getString("recommendation"),
                rs.getString("action_text"), ActionStatus.valueOf(rs.getString("status").trim()), rs.getString("owner"),
                due == null ? null : due.toLocalDate(), Store.instant(rs, "created_at"),
                Store.instant(rs, "updated_at"),
                rs.getTimestamp("done_at") == null ? null : rs.getTimestamp("done_at").toInstant());
    }
}
