package id.pembina.catalog.internal;

import java.io.InputStream;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.catalog.api.AbsenceReason;
import id.pembina.catalog.api.AttendanceMark;
import id.pembina.catalog.api.AttendanceSummary;
import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Enrollment;
import id.pembina.catalog.api.InstrumentKind;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.EnrollmentStatus;
import id.pembina.catalog.api.ModuleCheck;
import id.pembina.catalog.api.ModuleInfo;
import id.pembina.catalog.api.Program;
import id.pembina.catalog.api.ProgramDetail;
import id.pembina.catalog.api.SessionQuery;
import id.pembina.catalog.api.SessionsAttended;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.StorageException;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.security.api.AccessDeniedException;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;

/**
 * The catalog: checks the training modules the {@link ModuleTracker} hands over, keeps a snapshot
 * of their programmes and instrument versions, and runs sessions, enrollment and attendance. Every call
 * but the modules' arrival needs a caller ({@link Access}); every write is recorded in the audit trail.
 */
@Component(service = { CatalogService.class, ModuleSink.class }, immediate = true, configurationPid = "id.pembina.catalog",
        property = "dataSource.target=(dataSourceName=pembina)")
@Designate(ocd = CatalogServiceImpl.Config.class)
public final class CatalogServiceImpl implements CatalogService, ModuleSink {

    @ObjectClassDefinition(name = "Pembina training catalog", description = "Rules of JP credit")
    public @interface Config {
        @AttributeDefinition(description = "Minutes of one JP (jam pelajaran)", min = "1")
        int jp_minutes() default 45;

        @AttributeDefinition(description = "Share of a session's scheduled minutes a participant must attend to "
                + "be credited its JP, 0 to 1")
        String attendance_threshold() default "0.80";

        @AttributeDefinition(description = "Agency prefix of certificate numbers (<prefix>/<year>/<session>/<seq>), "
                + "e.g. BKPSDM-MEDAN; letters, digits, '.', '-' and '/'")
        String certificate_prefix() default "PEMBINA";
    }

    static final String CHANGE_LOG = "db/training-catalog.sql";
    private static final Logger LOG = LoggerFactory.getLogger(CatalogServiceImpl.class);

    private final DataSource dataSource;
    private final ParticipantRegistry registry;
    private final BundleContext context;
    private final Clock clock;
    private final ProgramStore programs = new ProgramStore();
    private final SessionStore sessions = new SessionStore();
    private final Map<Long, InstalledModule> installed = new ConcurrentHashMap<>();
    /** Tells why a module bundle failed to activate; optional, the catalog works without it. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ServiceComponentRuntime scr;
    private volatile int jpMinutes;
    private volatile BigDecimal threshold;
    private volatile String certificatePrefix = "PEMBINA";
    private final Certificates certificates = new Certificates(sessions);
    private final Access access = new Access();

    @Activate
    public CatalogServiceImpl(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator, @Reference(name = "registry") ParticipantRegistry registry,
            BundleContext context, Config config) {
        this(dataSource, migrator, registry, context, config, Clock.system(Nip.WIB));
    }

    /** Outside OSGi: tests, and the catalog test kit ({@code pembina-training-catalog} test jar). */
    public CatalogServiceImpl(DataSource dataSource, SchemaMigrator migrator, ParticipantRegistry registry,
            BundleContext context, Config config, Clock clock) {
        this.dataSource = dataSource;
        this.registry = registry;
        this.context = context;
        this.clock = clock;
        configure(config);
        migrator.migrate(dataSource, CHANGE_LOG, CatalogServiceImpl.class.getClassLoader());
    }

    /** The audit trail, optional until the security bundle provides one. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetAuditTrail")
    public void setAuditTrail(AuditTrail trail) {
        access.audit(trail);
    }

    public void unsetAuditTrail(AuditTrail trail) {
        access.audit(null);
    }

    @Modified
    void configure(Config config) {
        BigDecimal t;
        try {
            t = new BigDecimal(config.attendance_threshold().strip());
        } catch (NumberFormatException e) {
            t = null;
        }
        if (t == null || t.signum() < 0 || t.compareTo(BigDecimal.ONE) > 0) {
            LOG.error("attendance.threshold must be a number from 0 to 1, not '{}'; using 0.80",
                    config.attendance_threshold());
            t = new BigDecimal("0.80");
        }
        threshold = t;
        String prefix = config.certificate_prefix() == null ? "" : config.certificate_prefix().strip();
        if (!prefix.matches("[A-Za-z0-9.\\-/]{1,60}")) {
            LOG.error("certificate.prefix must be 1-60 letters, digits, '.', '-' or '/', not '{}'; using PEMBINA",
                    config.certificate_prefix());
            prefix = "PEMBINA";
        }
        certificatePrefix = prefix;
        int minutes = config.jp_minutes();
        if (minutes < 1) {
            LOG.error("jp.minutes must be at least 1, not {}; using 45", minutes);
            minutes = 45;
        }
        jpMinutes = minutes;
    }

    // ---- modules, handed over by the ModuleTracker ----

    @Override
    public synchronized void addModule(TrainingModule module, Map<String, Object> properties) {
        long serviceId = (Long) properties.get("service.id");
        long bundleId = (Long) properties.getOrDefault("service.bundleid", -1L);
        List<String> problems = new ArrayList<>();
        List<String> codes = new ArrayList<>();
        boolean conflict = false;
        try {
            problems.addAll(ModuleRules.check(module));
            if (problems.isEmpty()) {
                module.programs().forEach(p -> codes.add(p.code()));
                for (InstalledModule other : installed.values()) {
                    if (other.valid() && !other.id().equals(module.id())) {
                        other.programCodes().stream().filter(codes::contains).forEach(code -> problems.add(
                                code + ": programme code already provided by module " + other.id()));
                    }
                }
            }
            conflict = !problems.isEmpty();
            if (problems.isEmpty()) {
                snapshot(module, problems);
            }
        } catch (RuntimeException e) {
            problems.add("definitions could not be read or stored: " + e);
        }
        installed.put(serviceId, new InstalledModule(serviceId, bundleId, module, read(module::id), read(module::name),
                read(module::version), List.copyOf(codes), List.copyOf(problems), conflict));
        if (problems.isEmpty()) {
            LOG.info("Training module {} {} installed with programmes {}", module.id(), module.version(), codes);
        } else {
            LOG.error("Training module from bundle {} refused: {}", bundleId, problems);
        }
    }

    @Override
    public synchronized void removeModule(TrainingModule module, Map<String, Object> properties) {
        InstalledModule gone = installed.remove((Long) properties.get("service.id"));
        if (gone != null) {
            LOG.info("Training module {} left; its records stay", gone.id());
        }
        if (gone != null && gone.valid()) {
            // A module refused because this one provided the same programme code may be offered now.
            List<InstalledModule> waiting = installed.values().stream().filter(InstalledModule::conflict)
                    .sorted(Comparator.comparingLong(InstalledModule::serviceId)).toList();
            for (InstalledModule m : waiting) {
                addModule(m.module(), Map.of("service.id", m.serviceId(), "service.bundleid", m.bundleId()));
            }
        }
    }

    /** @return what the module answers, or null when it fails */
    private static String read(java.util.function.Supplier<String> value) {
        try {
            return value.get();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void snapshot(TrainingModule module, List<String> problems) {
        inTransaction(c -> {
            for (ProgramDefinition d : module.programs()) {
                try {
                    programs.checkInstruments(c, d);
                } catch (ProgramStore.InstrumentChanged e) {
                    problems.add(e.getMessage());
                }
            }
            if (problems.isEmpty()) {
                Instant now = clock.instant();
                for (ProgramDefinition d : module.programs()) {
                    programs.save(c, module.id(), module.version(), d, now);
                }
            }
            return null;
        });
    }

    @Override
    public List<String> competencies(String programCode) {
        Access.caller();
        for (InstalledModule m : installed.values()) {
            if (m.valid() && m.programCodes().contains(programCode)) {
                return ModuleRules.competencies(m.module(), programCode);
            }
        }
        return List.of();
    }

    private boolean installed(String programCode) {
        return installed.values().stream().anyMatch(m -> m.valid() && m.programCodes().contains(programCode));
    }

    @Override
    public List<ModuleInfo> modules() {
        // Which training modules are installed is no personal data; a peserta has no list.
        Access.readsLists();
        List<ModuleInfo> out = new ArrayList<>();
        for (InstalledModule m : installed.values()) {
            Bundle b = context == null ? null : context.getBundle(m.bundleId());
            out.add(new ModuleInfo(m.id(), m.name(), m.version(), m.bundleId(),
                    b == null ? null : b.getSymbolicName(), b == null ? null : b.getVersion().toString(),
                    b == null ? "UNKNOWN" : BundleStates.name(b.getState()), m.programCodes(),
                    m.valid() ? "ACTIVE" : "INVALID", m.problems()));
        }
        out.sort(Comparator.comparing(ModuleInfo::id, Comparator.nullsFirst(Comparator.<String>naturalOrder()))
                .thenComparing(ModuleInfo::bundleId));
        if (context != null) {
            String home = System.getProperty("karaf.base");
            out.addAll(new ModuleTrouble(context, scr, home == null ? null : new java.io.File(home, "deploy"))
                    .find(installed.values().stream().map(InstalledModule::bundleId).toList()));
        }
        return out;
    }

    @Override
    public ModuleCheck checkModule(InputStream jar) {
        // Bundles are the admin's (the REST edge says so too).
        Access.admin();
        return new ModuleChecker(SpiPackage.version(), List.copyOf(installed.values()),
                d -> inTransaction(c -> programs.changes(c, d).stream().map(ProgramStore.Change::problem).toList()))
                .check(jar);
    }

    @Override
    public Program setIndexTrainingType(String programCode, id.pembina.catalog.spi.IndexTrainingType type) {
        Access.staff();
        String code = programCode == null ? "" : programCode.strip();
        Program changed = inTransaction(c -> {
            if (!lookupKey(code) || !programs.setIndexTrainingType(c, code, type)) {
                throw new id.pembina.platform.api.NotFoundException("program " + code);
            }
            return programs.program(c, code, this::installed).orElseThrow();
        });
        access.record("UPDATE", "program", code, "indexTrainingType=" + type);
        return changed;
    }

    @Override
    public List<Program> programs() {
        Access.caller();
        return inTransaction(c -> programs.programs(c, this::installed).stream().filter(Program::installed).toList());
    }

    @Override
    public Optional<ProgramDetail> program(String code) {
        Access.caller();
        if (!lookupKey(code)) {
            return Optional.empty();
        }
        return inTransaction(c -> programs.detail(c, code, this::installed));
    }

    @Override
    public Optional<id.pembina.catalog.spi.ReactionQuestionnaire> reaction(String programCode, String version) {
        Access.caller();
        if (!lookupKey(programCode) || !lookupKey(version)) {
            return Optional.empty();
        }
        return inTransaction(c -> programs.reaction(c, programCode, version));
    }

    @Override
    public Optional<id.pembina.catalog.spi.KnowledgeTest> knowledgeTest(String programCode, String version) {
        Access.caller();
        if (!lookupKey(programCode) || !lookupKey(version)) {
            return Optional.empty();
        }
        return inTransaction(c -> programs.knowledgeTest(c, programCode, version));
    }

    @Override
    public Optional<id.pembina.catalog.spi.BehaviourChecklist> behaviour(String programCode, String version) {
        Access.caller();
        if (!lookupKey(programCode) || !lookupKey(version)) {
            return Optional.empty();
        }
        return inTransaction(c -> programs.behaviour(c, programCode, version));
    }

    @Override
    public Optional<String> instrumentVersion(long sessionId, InstrumentKind kind) {
        return inTransaction(c -> sessions.instrumentVersion(c, sessionId, kind));
    }

    /** @return false for a key no row can have, and that PostgreSQL may refuse (U+0000) */
    private static boolean lookupKey(String key) {
        return key != null && !SessionRules.hasControl(key);
    }

    // ---- sessions ----

    @Override
    public TrainingSession createSession(TrainingSession session) {
        Access.staff();
        TrainingSession created = inTransaction(c -> {
            var meetings = validSession(c, session);
            long id = sessions.insert(c, session, meetings, clock.instant());
            return view(c, sessions.find(c, id).orElseThrow());
        });
        access.record("CREATE", "session", String.valueOf(created.id()), created.programCode());
        return created;
    }

    @Override
    public TrainingSession createSessionWithEnrollments(TrainingSession session, List<String> nips) {
        Access.staff();
        List<String> clean = nips.stream().map(n -> n == null ? "" : n.replace(" ", "")).distinct().toList();
        // Looked up before the transaction, as in enroll: the registry takes a connection of its own.
        Map<String, id.pembina.participant.api.Participant> people = new java.util.HashMap<>();
        clean.forEach(nip -> registry.find(nip).ifPresent(p -> people.put(nip, p)));
        TrainingSession created = inTransaction(c -> {
            var meetings = validSession(c, session);
            long id = sessions.insert(c, session, meetings, clock.instant());
            new Enrolment(this, sessions, registry, clock).all(c, id, clean, people);
            return view(c, sessions.find(c, id).orElseThrow());
        });
        access.record("CREATE", "session", String.valueOf(created.id()), created.programCode());
        for (String nip : clean) {
            access.record("ENROLL", "enrollment", created.id() + ":" + nip, String.valueOf(EnrollmentStatus.REGISTERED));
        }
        return created;
    }

    @Override
    public TrainingSession updateSession(long id, TrainingSession session) {
        Access.staff();
        TrainingSession updated = inTransaction(c -> {
            SessionStore.Row current = sessions.lock(c, id).orElseThrow(() -> notFound(id));
            var meetings = validSession(c, session);
            sessions.update(c, id, session, meetings, clock.instant());
            if (session.capacity() > current.capacity()) {
                promote(c, id, session.capacity());
            }
            return view(c, sessions.find(c, id).orElseThrow());
        });
        access.record("UPDATE", "session", String.valueOf(id), updated.programCode());
        return updated;
    }

    private List<id.pembina.catalog.api.Meeting> validSession(Connection c, TrainingSession s) throws SQLException {
        List<id.pembina.platform.api.FieldError> errors = new ArrayList<>();
        var meetings = SessionRules.validate(s, errors);
        if (s.programCode() != null && !s.programCode().isBlank() && !SessionRules.hasControl(s.programCode())) {
            if (programs.program(c, s.programCode(), this::installed).isEmpty()) {
                errors.add(id.pembina.platform.api.FieldError.of("programCode", "session.programUnknown",
                        s.programCode()));
            } else if (!installed(s.programCode())) {
                errors.add(id.pembina.platform.api.FieldError.of("programCode", "session.moduleNotInstalled",
                        s.programCode()));
            }
        }
        if (!errors.isEmpty()) {
            throw new id.pembina.platform.api.ValidationException(errors);
        }
        return meetings;
    }

    @Override
    public Optional<TrainingSession> session(long id) {
        Caller who = Access.caller();
        Optional<TrainingSession> found = inTransaction(c -> {
            Optional<SessionStore.Row> row = sessions.find(c, id);
            return row.isEmpty() ? Optional.empty() : Optional.of(view(c, row.get()));
        });
        if (found.isPresent() && !who.isStaff()) {
            // A pimpinan's staff or the peserta must hold an enrollment in it.
            List<String> enrolled = enrollments(id).stream().map(Enrollment::nip).toList();
            if (enrolled.isEmpty()) {
                throw new AccessDeniedException(Access.DENIED);
            }
        }
        return found;
    }

    @Override
    public Page<TrainingSession> sessions(SessionQuery query) {
        Caller who = Access.readsLists();
        if (query.offset() < 0 || query.limit() < 1 || query.limit() > 500) {
            throw new id.pembina.platform.api.ValidationException(List.of(id.pembina.platform.api.FieldError.of(
                    query.offset() < 0 ? "offset" : "limit", "invalidValue",
                    query.offset() < 0 ? query.offset() : query.limit(), query.offset() < 0 ? "0.." : "1..500")));
        }
        if (SessionRules.hasControl(query.programCode())) {
            throw new id.pembina.platform.api.ValidationException(List.of(
                    id.pembina.platform.api.FieldError.of("programCode", "text.control")));
        }
        return inTransaction(c -> {
            String subtree = Access.subtree(c, who);
            return new Page<>(views(c, sessions.search(c, query, subtree)), sessions.count(c, query, subtree),
                    query.offset(), query.limit());
        });
    }

    @Override
    public List<TrainingSession> sessionsOf(Collection<String> nips, LocalDate from, LocalDate to) {
        Caller who = Access.caller();
        List<String> keys = nipKeys(nips);
        Access.requireVisible(registry, who, keys);
        return keys.isEmpty() ? List.of() : inTransaction(c -> views(c, sessions.ofParticipants(c, keys, from, to)));
    }

    private TrainingSession view(Connection c, SessionStore.Row r) throws SQLException {
        return views(c, List.of(r)).get(0);
    }

    /** Sessions with their computed fields, reading meetings, costs, seat counts and roles of all of them at once. */
    private List<TrainingSession> views(Connection c, List<SessionStore.Row> rows) throws SQLException {
        List<Long> ids = rows.stream().map(SessionStore.Row::id).toList();
        return views(c, rows, sessions.meetings(c, ids), sessions.seatCounts(c, ids));
    }

    /** As {@link #views(Connection, List)}, with the sessions' meetings and seat counts read already. */
    private List<TrainingSession> views(Connection c, List<SessionStore.Row> rows, Map<Long, List<Meeting>> allMeetings,
            Map<Long, int[]> allSeats) throws SQLException {
        List<Long> ids = rows.stream().map(SessionStore.Row::id).toList();
        var allCosts = sessions.costs(c, ids);
        var allRoles = sessions.roles(c, ids);
        List<TrainingSession> out = new ArrayList<>();
        for (SessionStore.Row r : rows) {
            var meetings = allMeetings.getOrDefault(r.id(), List.of());
            var costs = allCosts.getOrDefault(r.id(), List.of());
            int[] seats = allSeats.getOrDefault(r.id(), new int[2]);
            int registered = seats[0];
            int waitlisted = seats[1];
            out.add(new TrainingSession(r.id(), r.programCode(), r.start(), r.end(), r.venue(), r.onlineLink(),
                    r.capacity(), r.facilitators(), costs, meetings, registered, waitlisted, SessionRules.total(costs),
                    SessionRules.scheduledJp(meetings, jpMinutes), installed(r.programCode()), r.deliveryMode(),
                    allRoles.getOrDefault(r.id(), List.of())));
        }
        return out;
    }

    /** NIPs as the catalog stores them; what no enrollment can hold is dropped before any SQL. */
    private static List<String> nipKeys(Collection<String> nips) {
        List<String> out = new ArrayList<>(nips.size());
        for (String nip : nips) {
            String key = nip == null ? "" : nip.replace(" ", "");
            if (storedNip(key)) {
                out.add(key);
            }
        }
        return out;
    }

    /** Whether {@code key} is 18 ASCII digits (a city's root asks this of 100,000 NIPs: no pattern matcher each). */
    private static boolean storedNip(String key) {
        if (key.length() != 18) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            char ch = key.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    // ---- enrollment ----

    @Override
    public Enrollment enroll(long sessionId, String nipText, EnrollmentStatus requested, AbsenceReason reason, String note) {
        Access.staff();
        Enrollment e = new Enrolment(this, sessions, registry, clock).run(sessionId, nipText, requested, reason, note);
        access.record("ENROLL", "enrollment", sessionId + ":" + e.nip(), String.valueOf(e.status()));
        return e;
    }

    @Override
    public List<Enrollment> enrollments(long sessionId) {
        Caller who = Access.caller();
        List<Enrollment> all = inTransaction(c -> {
            sessions.find(c, sessionId).orElseThrow(() -> notFound(sessionId));
            return sessions.enrollments(c, sessionId);
        });
        return visibleOnly(who, all, Enrollment::nip);
    }

    /** The rows of participants the caller may see (all for staff). */
    private <T> List<T> visibleOnly(Caller who, List<T> rows, java.util.function.Function<T, String> nip) {
        if (who.isStaff()) {
            return rows;
        }
        java.util.Set<String> visible = Access.visible(registry, who, rows.stream().map(nip).toList());
        return rows.stream().filter(r -> visible.contains(nip.apply(r))).toList();
    }

    /** Per session, the rows of participants the caller may see; sessions with none left are dropped. */
    private <T> Map<Long, List<T>> visibleOnlyPerSession(Caller who, Map<Long, List<T>> rows,
            java.util.function.Function<T, String> nip) {
        if (who.isStaff()) {
            return rows;
        }
        java.util.Set<String> visible = Access.visible(registry, who,
                rows.values().stream().flatMap(List::stream).map(nip).distinct().toList());
        Map<Long, List<T>> out = new java.util.LinkedHashMap<>();
        rows.forEach((id, list) -> {
            List<T> kept = list.stream().filter(r -> visible.contains(nip.apply(r))).toList();
            if (!kept.isEmpty()) {
                out.put(id, kept);
            }
        });
        return out;
    }

    @Override
    public Map<Long, List<Enrollment>> enrollments(Collection<Long> sessionIds) {
        Caller who = Access.caller();
        List<Long> ids = sessionIds.stream().filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of()
                : visibleOnlyPerSession(who, inTransaction(c -> sessions.enrollments(c, ids)), Enrollment::nip);
    }

    @Override
    public Map<Long, List<String>> seatHolders(Collection<Long> sessionIds) {
        Caller who = Access.caller();
        List<Long> ids = sessionIds.stream().filter(java.util.Objects::nonNull).toList();
        return ids.isEmpty() ? Map.of()
                : visibleOnlyPerSession(who, inTransaction(c -> sessions.seatHolders(c, ids)), nip -> nip);
    }

    @Override
    public Map<Long, Map<String, Integer>> jpCredited(Collection<Long> sessionIds) {
        Caller who = Access.caller();
        List<Long> ids = sessionIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        BigDecimal share = threshold;
        Map<Long, Map<String, Integer>> all = inTransaction(c -> {
            List<SessionStore.Row> rows = sessions.findAll(c, ids);
            List<Long> found = rows.stream().map(SessionStore.Row::id).toList();
            var meetings = sessions.meetings(c, found);
            return credited(c, rows, meetings, sessions.presentMinutes(c, found, meetings), share,
                    java.util.TreeMap::new);
        });
        return visibleKeysPerSession(who, all);
    }

    /** Per session (in the order of {@code rows}), the JP credited to each participant present at one meeting at least. */
    private Map<Long, Map<String, Integer>> credited(Connection c, List<SessionStore.Row> rows,
            Map<Long, List<Meeting>> meetings, Map<Long, Map<String, long[]>> present, BigDecimal share,
            java.util.function.Supplier<Map<String, Integer>> newMap) throws SQLException {
        Map<Long, Map<String, Integer>> out = new java.util.LinkedHashMap<>();
        for (SessionStore.Row row : rows) {
            Map<String, long[]> of = present.get(row.id());
            if (of == null) {
                continue;
            }
            long scheduled = 0;
            for (Meeting m : meetings.getOrDefault(row.id(), List.of())) {
                scheduled += SessionRules.minutes(m);
            }
            int jp = programJp(c, row);
            Map<String, Integer> credited = newMap.get();
            for (Map.Entry<String, long[]> e : of.entrySet()) {
                credited.put(e.getKey(), SessionRules.jpCredited(e.getValue()[1], scheduled, jp, share));
            }
            out.put(row.id(), credited);
        }
        return out;
    }

    @Override
    public SessionsAttended sessionsAttended(Collection<String> nips, LocalDate from, LocalDate to) {
        Caller who = Access.caller();
        List<String> keys = nipKeys(nips);
        Access.requireVisible(registry, who, keys);
        if (keys.isEmpty()) {
            return new SessionsAttended(List.of(), Map.of(), Map.of());
        }
        BigDecimal share = threshold;
        SessionsAttended all = inTransaction(c -> {
            // The enrollments of the participants' sessions, read once for the sessions, their seats and whose
            // presence counts: for many participants in one pass over all enrollments, else those of the sessions
            // in the period, found by the participants' NIPs.
            Map<Long, Rolls.Roll> scanned = keys.size() > Rolls.SCAN_ABOVE ? Rolls.ofParticipants(c, keys) : null;
            List<SessionStore.Row> rows = SessionStore.inPeriod(sessions.findAll(c,
                    scanned != null ? scanned.keySet() : Rolls.sessionsOf(c, keys)), from, to);
            List<Long> ids = rows.stream().map(SessionStore.Row::id).toList();
            Map<Long, Rolls.Roll> rolls = scanned != null ? scanned : Rolls.ofSessions(c, ids);
            Map<Long, List<Meeting>> meetings = sessions.meetings(c, ids);
            Map<Long, int[]> seats = new HashMap<>();
            Map<Long, List<String>> holders = new HashMap<>();
            Rolls.Roll none = new Rolls.Roll();
            for (Long id : ids) {
                Rolls.Roll roll = rolls.getOrDefault(id, none);
                seats.put(id, roll.seats());
                List<String> of = roll.seatHolders();
                if (!of.isEmpty()) {
                    holders.put(id, of);
                }
            }
            var present = sessions.presentMinutes(c, ids, meetings,
                    (id, nip) -> rolls.getOrDefault(id, none).summarised(nip));
            return new SessionsAttended(views(c, rows, meetings, seats), holders,
                    credited(c, rows, meetings, present, share, HashMap::new));
        });
        return who.isStaff() ? all : new SessionsAttended(all.sessions(),
                visibleOnlyPerSession(who, all.seatHolders(), nip -> nip), visibleKeysPerSession(who, all.jpCredited()));
    }

    /** Per session, the entries of participants (by NIP) the caller may see; sessions with none left are dropped. */
    private <V> Map<Long, Map<String, V>> visibleKeysPerSession(Caller who, Map<Long, Map<String, V>> all) {
        if (who.isStaff()) {
            return all;
        }
        java.util.Set<String> visible = Access.visible(registry, who,
                all.values().stream().flatMap(m -> m.keySet().stream()).distinct().toList());
        Map<Long, Map<String, V>> out = new java.util.TreeMap<>();
        all.forEach((id, byNip) -> {
            Map<String, V> kept = new java.util.TreeMap<>(byNip);
            kept.keySet().retainAll(visible);
            if (!kept.isEmpty()) {
                out.put(id, kept);
            }
        });
        return out;
    }

    /** Gives free seats to the first waitlisted participants. */
    void promote(Connection c, long sessionId, int capacity) throws SQLException {
        List<String> waiting = sessions.waitlist(c, sessionId);
        int seats = SessionRules.seatsToFill(sessions.seatsTaken(c, sessionId, null), capacity, waiting.size());
        for (String nip : waiting.subList(0, seats)) {
            sessions.saveStatus(c, sessionId, nip, EnrollmentStatus.REGISTERED, clock.instant());
        }
    }

    // ---- attendance ----

    @Override
    public List<AttendanceSummary> recordAttendance(long sessionId, List<AttendanceMark> marks) {
        Access.staff();
        List<AttendanceSummary> out = new AttendanceTaking(this, sessions, clock).record(sessionId, marks);
        access.record("UPDATE", "attendance", String.valueOf(sessionId), "marks=" + marks.size());
        return out;
    }

    @Override
    public List<AttendanceSummary> attendance(long sessionId) {
        Caller who = Access.caller();
        return visibleOnly(who, inTransaction(c -> {
            SessionStore.Row row = sessions.find(c, sessionId).orElseThrow(() -> notFound(sessionId));
            return summaries(c, row);
        }), AttendanceSummary::nip);
    }

    @Override
    public Map<Long, List<AttendanceSummary>> attendance(Collection<Long> sessionIds) {
        Caller who = Access.caller();
        return visibleOnlyPerSession(who, attendanceOf(sessionIds), AttendanceSummary::nip);
    }

    private Map<Long, List<AttendanceSummary>> attendanceOf(Collection<Long> sessionIds) {
        List<Long> ids = sessionIds.stream().filter(java.util.Objects::nonNull).toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return inTransaction(c -> {
            List<SessionStore.Row> rows = sessions.findAll(c, ids);
            List<Long> found = rows.stream().map(SessionStore.Row::id).toList();
            var meetings = sessions.meetings(c, found);
            var presence = sessions.presence(c, found);
            var enrollments = sessions.enrollments(c, found);
            var reasons = sessions.absenceReasons(c, found);
            Map<Long, List<AttendanceSummary>> out = new java.util.LinkedHashMap<>();
            for (SessionStore.Row row : rows) {
                out.put(row.id(), summaries(meetings.getOrDefault(row.id(), List.of()),
                        presence.getOrDefault(row.id(), Map.of()), enrollments.getOrDefault(row.id(), List.of()),
                        programJp(c, row), reasons.getOrDefault(row.id(), Map.of())));
            }
            return out;
        });
    }

    List<AttendanceSummary> summaries(Connection c, SessionStore.Row row) throws SQLException {
        return summaries(sessions.meetings(c, row.id()), sessions.presence(c, row.id()),
                sessions.enrollments(c, row.id()), programJp(c, row),
                sessions.absenceReasons(c, List.of(row.id())).getOrDefault(row.id(), Map.of()));
    }

    private List<AttendanceSummary> summaries(List<id.pembina.catalog.api.Meeting> meetings,
            Map<String, Map<Integer, Boolean>> presence, List<Enrollment> enrollments, int jp,
            Map<String, Map<id.pembina.catalog.api.AbsenceReason, Integer>> reasons) {
        List<AttendanceSummary> out = new ArrayList<>();
        for (Enrollment e : enrollments) {
            if (e.status() == EnrollmentStatus.REGISTERED || e.status() == EnrollmentStatus.ATTENDED
                    || e.status() == EnrollmentStatus.NO_SHOW) {
                out.add(SessionRules.summarize(e.nip(), meetings, presence.getOrDefault(e.nip(), Map.of()), jp, threshold)
                        .withAbsences(reasons.getOrDefault(e.nip(), Map.of())));
            }
        }
        out.sort(Comparator.comparing(AttendanceSummary::nip));
        return out;
    }

    /** JP the session credits: its programme's JP when it was scheduled. */
    private int programJp(Connection c, SessionStore.Row row) throws SQLException {
        return row.programJp() != null ? row.programJp()
                : (int) Jdbc.number(c, "SELECT jp FROM cat_program WHERE code = ?", row.programCode());
    }

    @Override
    public Map<Long, Map<String, String>> certificates(Collection<Long> sessionIds) {
        Caller who = Access.caller();
        Map<Long, List<AttendanceSummary>> attendance = attendanceOf(sessionIds);
        if (attendance.isEmpty()) {
            return Map.of();
        }
        List<Certificates.Issued> issued = new ArrayList<>();
        Map<Long, Map<String, String>> all = inTransaction(c -> certificates.issue(c, attendance, certificatePrefix,
                LocalDateTime.now(clock), clock.instant(), issued));
        for (Certificates.Issued i : issued) {
            access.record("CREATE", "certificate", i.sessionId() + ":" + i.nip(), i.number());
        }
        return visibleKeysPerSession(who, all);
    }

    @Override
    public int creditedJp(String nip, int year) {
        Caller who = Access.caller();
        String key = nip == null ? "" : nip.replace(" ", "");
        if (!key.matches("[0-9]{18}")) {
            return 0; // no enrollment can hold it, and PostgreSQL refuses some characters outright
        }
        Access.requireVisible(registry, who, List.of(key));
        return inTransaction(c -> {
            int total = 0;
            for (SessionStore.Row row : sessions.endedIn(c, key, year)) {
                var meetings = sessions.meetings(c, row.id());
                var presence = sessions.presence(c, row.id()).getOrDefault(key, Map.of());
                total += SessionRules.summarize(key, meetings, presence, programJp(c, row), threshold)
                        .jpCredited();
            }
            return total;
        });
    }

    // ---- plumbing ----

    static id.pembina.platform.api.NotFoundException notFound(long sessionId) {
        return new id.pembina.platform.api.NotFoundException("session " + sessionId);
    }

    @FunctionalInterface
    interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }
}
