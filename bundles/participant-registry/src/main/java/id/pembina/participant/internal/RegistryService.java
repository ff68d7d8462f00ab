package id.pembina.participant.internal;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;
import id.pembina.persistence.api.SchemaMigrator;
import id.pembina.security.api.AuditTrail;
import id.pembina.security.api.Caller;

/**
 * The registry over its own tables in the shared {@code pembina} DataSource. Every call needs a caller
 * ({@link Access} says who may do what); every write is recorded in the audit trail.
 */
@Component(service = ParticipantRegistry.class, immediate = true,
        property = "dataSource.target=(dataSourceName=pembina)")
public final class RegistryService implements ParticipantRegistry {

    static final String CHANGE_LOG = "db/participant-registry.sql";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final java.util.regex.Pattern STORED_NIP = java.util.regex.Pattern.compile("[0-9]{18}");

    private final DataSource dataSource;
    private final JdbcParticipantStore store = new JdbcParticipantStore();
    private final Clock clock;
    private final Access access = new Access();

    @Activate
    public RegistryService(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator) {
        this(dataSource, migrator, Clock.system(Nip.WIB));
    }

    /**
     * Public for tests and embedding (e.g. another bundle's tests that need a real registry over
     * their own DataSource); inside OSGi, Declarative Services uses the constructor above.
     *
     * @param clock the source of "today" for the NIP rules and of the time of each change
     */
    public RegistryService(DataSource dataSource, SchemaMigrator migrator, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        migrator.migrate(dataSource, CHANGE_LOG, RegistryService.class.getClassLoader());
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

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Participant create(Participant participant) {
        Caller who = Access.staff();
        Participant created = inTransaction(c -> {
            Participant p = validOrThrow(c, participant);
            if (store.exists(c, p.nip())) {
                throw new ConflictException(p.nip());
            }
            store.insert(c, p, clock.instant(), who.name());
            return p;
        });
        access.record("CREATE", "participant", created.nip(), null);
        return created;
    }

    @Override
    public Participant update(String nip, Participant participant) {
        Caller who = Access.staff();
        String key = key(nip);
        if (key == null) {
            throw new NotFoundException(nip);
        }
        Participant updated = inTransaction(c -> {
            Participant current = store.find(c, key).orElseThrow(() -> new NotFoundException(nip));
            if (!Texts.isBlank(participant.nip()) && !Nip.normalise(participant.nip()).equals(key)) {
                throw new ValidationException(List.of(FieldError.of("nip", "nip.mismatch", participant.nip(), key)));
            }
            Participant merged = participant.withNip(key);
            if (merged.active() == null) {
                merged = merged.withActive(current.isActive());
            }
            Participant p = validOrThrow(c, merged);
            if (p.supervisorNip() != null && leadsBackTo(p.supervisorNip(), key, n -> supervisorInDb(c, n))) {
                throw new ValidationException(List.of(FieldError.of("supervisorNip", "supervisor.cycle", p.supervisorNip())));
            }
            store.update(c, p, ParticipantChange.Kind.UPDATED, clock.instant(), who.name());
            return p;
        });
        access.record("UPDATE", "participant", key, null);
        return updated;
    }

    @Override
    public Participant deactivate(String nip) {
        Caller who = Access.staff();
        String key = key(nip);
        if (key == null) {
            throw new NotFoundException(nip);
        }
        Participant done = inTransaction(c -> {
            Participant current = store.find(c, key).orElseThrow(() -> new NotFoundException(nip));
            if (!current.isActive()) {
                return current;
            }
            Participant p = current.withActive(false);
            store.update(c, p, ParticipantChange.Kind.DEACTIVATED, clock.instant(), who.name());
            return p;
        });
        access.record("DEACTIVATE", "participant", key, null);
        return done;
    }

    @Override
    public Optional<Participant> find(String nip) {
        Caller who = Access.caller();
        String key = key(nip);
        return key == null ? Optional.empty() : inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            Optional<Participant> p = store.find(c, key);
            if (p.isPresent()) {
                view.check(c, store, p.get());
            }
            return p;
        });
    }

    @Override
    public Map<String, Participant> findAll(Collection<String> nips) {
        Map<String, String> keys = new HashMap<>();
        for (String nip : nips) {
            String key = nip == null ? null : key(nip);
            // Only what can be a stored NIP is looked up.
            if (key != null && STORED_NIP.matcher(key).matches()) {
                keys.putIfAbsent(key, nip);
            }
        }
        Caller who = Access.caller();
        return keys.isEmpty() ? Map.of() : inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            Map<String, Participant> found = store.findAll(c, keys.keySet());
            if (!view.all()) {
                // Those outside the caller's view are left out, as unknown NIPs are.
                Set<String> units = view.path() == null ? Set.of() : store.unitCodesUnder(c, view.path());
                found.values().removeIf(p -> !(p.nip().equals(view.nip()) || units.contains(p.unitCode())));
            }
            return found;
        });
    }

    @Override
    public List<Participant> members(String unitCode, boolean includeInactive) {
        Caller who = Access.caller();
        String code = unitCode == null || Texts.hasControl(unitCode) ? null : unitCode;
        return inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            String path = code == null ? null : store.path(c, code);
            if (path == null) {
                throw new NotFoundException(String.valueOf(unitCode));
            }
            view.checkUnit(code, path);
            return store.members(c, path, includeInactive);
        });
    }

    @Override
    public Page<Participant> search(ParticipantQuery asked) {
        Caller who = Access.caller();
        ParticipantQuery query = asked;
        if (!who.isStaff() && asked.unitCode() == null && who.unitCode() != null) {
            // A pimpinan without a unit named lists their own subtree.
            query = new ParticipantQuery(who.unitCode(), asked.nameContains(), asked.rank(), asked.includeInactive(),
                    asked.offset(), asked.limit());
        }
        List<FieldError> errors = new ArrayList<>();
        // Refused before any SQL: PostgreSQL fails on U+0000 in a parameter.
        if (Texts.hasControl(query.unitCode())) {
            errors.add(FieldError.of("unit", "text.control"));
        }
        if (Texts.hasControl(query.nameContains())) {
            errors.add(FieldError.of("name", "text.control"));
        }
        if (query.offset() < 0) {
            errors.add(FieldError.of("offset", "invalidValue", query.offset(), "0.."));
        }
        if (query.limit() < 1 || query.limit() > ParticipantQuery.MAX_LIMIT) {
            errors.add(FieldError.of("limit", "invalidValue", query.limit(), "1.." + ParticipantQuery.MAX_LIMIT));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        ParticipantQuery q = query;
        return inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            String path = q.unitCode() == null ? null : store.path(c, q.unitCode());
            if (q.unitCode() != null && path == null) {
                throw new NotFoundException(q.unitCode());
            }
            if (!view.all()) {
                // The subtree filter of the query is the caller's scope: the list is filtered in SQL.
                view.checkUnit(q.unitCode(), path);
            }
            return store.search(c, q, path);
        });
    }

    @Override
    public long count() {
        Caller who = Access.caller();
        if (who.isStaff()) {
            return inTransaction(store::count);
        }
        // A pimpinan counts the participants they may see (the dashboard's figure), as their list's total does.
        return search(new ParticipantQuery(null, null, null, true, 0, 1)).total();
    }

    @Override
    public List<OrganizationUnit> units() {
        Caller who = Access.caller();
        return inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            if (view.all()) {
                return store.units(c);
            }
            view.checkUnit(null, view.path());
            Set<String> under = store.unitCodesUnder(c, view.path());
            List<OrganizationUnit> out = new ArrayList<>(store.units(c));
            out.removeIf(u -> !under.contains(u.code()));
            return out;
        });
    }

    @Override
    public Optional<OrganizationUnit> findUnit(String code) {
        Caller who = Access.caller();
        return Texts.hasControl(code) ? Optional.empty() : inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            Optional<OrganizationUnit> u = store.findUnit(c, code);
            if (u.isPresent()) {
                view.checkUnit(code, store.path(c, code));
            }
            return u;
        });
    }

    @Override
    public boolean unitWithin(String unitCode, String ancestorCode) {
        Access.caller();
        if (unitCode == null || ancestorCode == null || Texts.hasControl(unitCode) || Texts.hasControl(ancestorCode)) {
            return false;
        }
        return inTransaction(c -> {
            String path = store.path(c, unitCode);
            String top = store.path(c, ancestorCode);
            return path != null && top != null && path.startsWith(top);
        });
    }

    @Override
    public boolean participantsWithin(Collection<String> nips, String ancestorCode) {
        Access.caller();
        Set<String> keys = new HashSet<>();
        for (String nip : nips) {
            String key = nip == null ? null : key(nip);
            if (key == null || !STORED_NIP.matcher(key).matches()) {
                return false;
            }
            keys.add(key);
        }
        if (keys.isEmpty()) {
            return true;
        }
        if (ancestorCode == null || Texts.hasControl(ancestorCode)) {
            return false;
        }
        return inTransaction(c -> {
            String top = store.path(c, ancestorCode);
            if (top == null) {
                return false;
            }
            Set<String> units = store.unitCodesUnder(c, top);
            Map<String, Participant> found = store.findAll(c, keys);
            return found.size() == keys.size() && found.values().stream().allMatch(p -> units.contains(p.unitCode()));
        });
    }

    @Override
    public OrganizationUnit createUnit(OrganizationUnit unit) {
        Access.staff();
        OrganizationUnit created = inTransaction(c -> {
            List<FieldError> errors = new ArrayList<>();
            OrganizationUnit u = ParticipantValidator.validateUnit(unit, lookup(c, Map.of()), errors);
            if (u == null) {
                throw new ValidationException(errors);
            }
            if (store.unitExists(c, u.code())) {
                throw new ConflictException(u.code());
            }
            store.insertUnit(c, u, clock.instant());
            return u;
        });
        access.record("CREATE", "unit", created.code(), created.name());
        return created;
    }

    @Override
    public List<ParticipantChange> history(String nip) {
        Caller who = Access.caller();
        String key = key(nip);
        return key == null ? List.of() : inTransaction(c -> {
            Access.View view = Access.view(c, store, who);
            Optional<Participant> p = store.find(c, key);
            if (p.isPresent()) {
                view.check(c, store, p.get());
            }
            return store.history(c, key);
        });
    }

    @Override
    public ImportResult importCsv(Reader csv) {
        Caller who = Access.staff();
        ImportResult result = importRows(csv, who);
        access.record("IMPORT", "participant", null, counts(result));
        return result;
    }

    /** The counts of an import for the audit trail. */
    private static String counts(ImportResult r) {
        return "rows=" + r.rows() + " imported=" + r.imported() + " errors=" + r.errors().size();
    }

    private ImportResult importRows(Reader csv, Caller who) {
        CsvParticipantReader.Result read = CsvParticipantReader.read(csv);
        List<CsvParticipantReader.Row> rows = read.rows();
        if (rows.isEmpty() && !read.errors().isEmpty()) {
            return new ImportResult(0, 0, read.errors());
        }
        return inTransaction(c -> {
            // NIPs of the file, so that a supervisor may be a row of the same file, and the
            // supervisor each NIP names there (first row of a NIP), for the cycle check.
            Map<String, Long> inFile = new HashMap<>();
            Map<String, String> supervisorInFile = new HashMap<>();
            for (CsvParticipantReader.Row row : rows) {
                if (row.participant() != null) {
                    String nip = nipKey(row.participant().nip());
                    if (nip != null && !inFile.containsKey(nip)) {
                        inFile.put(nip, row.line());
                        supervisorInFile.put(nip, nipKey(row.participant().supervisorNip()));
                    }
                }
            }
            // Set-based look-ups: the units, and which NIPs of the file (as participants or supervisors) are stored.
            Set<String> units = store.unitCodes(c);
            Set<String> asked = new HashSet<>(inFile.keySet());
            supervisorInFile.values().stream().filter(Objects::nonNull).forEach(asked::add);
            // Only what can be a stored NIP goes to the database (PostgreSQL refuses U+0000 in a parameter).
            asked.removeIf(n -> !STORED_NIP.matcher(n).matches());
            Set<String> stored = store.existing(c, asked);
            Predicate<String> isStored = n -> asked.contains(n) ? stored.contains(n) : existsInDb(c, n);
            ParticipantValidator.Lookup lookup = lookup(units::contains, n -> inFile.containsKey(n) || isStored.test(n));
            Map<String, Optional<String>> supervisorsInDb = new HashMap<>();
            List<RowError> errors = new ArrayList<>();
            List<Participant> valid = new ArrayList<>();
            Map<String, Long> firstLine = new HashMap<>();
            for (CsvParticipantReader.Row row : rows) {
                row.errors().forEach(e -> errors.add(new RowError(row.line(), e)));
                if (row.participant() == null) {
                    continue;
                }
                List<FieldError> rowErrors = new ArrayList<>();
                Participant p = ParticipantValidator.validate(row.participant(), lookup, today(), rowErrors);
                if (p != null) {
                    Long first = firstLine.putIfAbsent(p.nip(), row.line());
                    if (first != null) {
                        rowErrors.add(FieldError.of("nip", "participant.duplicateInFile", p.nip(), first));
                    } else if (isStored.test(p.nip())) {
                        rowErrors.add(FieldError.of("nip", "participant.duplicate", p.nip()));
                    }
                }
                // Checked for every row whose NIP and supervisor are sound, so that each row of a
                // loop is named even when the loop's other rows have other errors.
                if (rowErrors.stream().noneMatch(e -> e.field().equals("nip") || e.field().equals("supervisorNip"))) {
                    String nip = nipKey(row.participant().nip());
                    String supervisor = nipKey(row.participant().supervisorNip());
                    if (supervisor != null && leadsBackTo(supervisor, nip, n -> supervisorInFile.containsKey(n)
                            ? supervisorInFile.get(n) : cachedSupervisorInDb(c, n, supervisorsInDb))) {
                        rowErrors.add(FieldError.of("supervisorNip", "supervisor.cycle", supervisor));
                    }
                }
                rowErrors.forEach(e -> errors.add(new RowError(row.line(), e)));
                if (rowErrors.isEmpty()) {
                    valid.add(p);
                }
            }
            // Why reading stopped, if it did: after every row read before.
            errors.addAll(read.errors());
            if (!errors.isEmpty()) {
                c.rollback();
                return new ImportResult(rows.size(), 0, errors);
            }
            store.insertAll(c, valid, clock.instant(), who.name());
            return new ImportResult(rows.size(), valid.size(), List.of());
        });
    }

    @Override
    public ImportResult loadIntoEmpty(List<OrganizationUnit> units, List<Participant> participants) {
        Caller who = Access.staff();
        ImportResult result = load(units, participants, who);
        access.record("IMPORT", "participant", null, counts(result));
        return result;
    }

    private ImportResult load(List<OrganizationUnit> units, List<Participant> participants, Caller who) {
        Objects.requireNonNull(units, "units");
        Objects.requireNonNull(participants, "participants");
        int total = units.size() + participants.size();
        try {
            return inTransaction(c -> {
                ImportResult notEmpty = notEmpty(c, total);
                if (notEmpty != null) {
                    return notEmpty;
                }
                List<OrganizationUnit> unitOrder = new ArrayList<>();
                List<Participant> participantOrder = new ArrayList<>();
                List<RowError> errors = validateLoad(units, participants, unitOrder, participantOrder);
                if (!errors.isEmpty()) {
                    c.rollback();
                    return new ImportResult(total, 0, errors);
                }
                Instant now = clock.instant();
                for (OrganizationUnit u : unitOrder) {
                    store.insertUnit(c, u, now);
                }
                store.insertAll(c, participantOrder, now, who.name());
                return new ImportResult(total, total, List.of());
            });
        } catch (ConflictException e) {
            // Another writer stored data between our check and our inserts: the registry is no
            // longer empty, and this load changed nothing.
            ImportResult notEmpty = inTransaction(c -> notEmpty(c, total));
            if (notEmpty != null) {
                return notEmpty;
            }
            throw e;
        }
    }

    /** @return the refusal of a load into a registry that holds data, or null when it is empty */
    private ImportResult notEmpty(Connection c, int total) throws SQLException {
        long participants = store.count(c);
        long units = store.unitCount(c);
        if (participants == 0 && units == 0) {
            return null;
        }
        return new ImportResult(total, 0,
                List.of(new RowError(0, FieldError.of("", "registry.notEmpty", participants, units))));
    }

    /**
     * Validates a load into the empty registry: units against the listed units only, participants
     * against the listed units and the participants listed before them.
     *
     * @param unitOrder        receives the units, normalised and parents first, when there is no error
     * @param participantOrder receives the participants, normalised and in list order
     * @return the errors, by position (units first, 1-based)
     */
    private List<RowError> validateLoad(List<OrganizationUnit> units, List<Participant> participants,
            List<OrganizationUnit> unitOrder, List<Participant> participantOrder) throws SQLException {
        List<List<FieldError>> unitErrors = new ArrayList<>();
        Set<String> listedCodes = new HashSet<>();
        for (OrganizationUnit u : units) {
            String code = u == null ? null : Texts.trimToNull(u.code());
            if (code != null && !Texts.hasControl(code)) {
                listedCodes.add(code);
            }
        }
        ParticipantValidator.Lookup unitLookup = lookup(listedCodes::contains, nip -> false);
        List<OrganizationUnit> validUnits = new ArrayList<>();
        Map<String, Integer> firstUnit = new HashMap<>();
        Map<String, String> parentOf = new HashMap<>();
        for (int i = 0; i < units.size(); i++) {
            List<FieldError> errors = new ArrayList<>();
            unitErrors.add(errors);
            if (units.get(i) == null) {
                errors.add(FieldError.of("", "required"));
                continue;
            }
            OrganizationUnit u = ParticipantValidator.validateUnit(units.get(i), unitLookup, errors);
            if (u != null) {
                Integer first = firstUnit.putIfAbsent(u.code(), i + 1);
                if (first != null) {
                    errors.add(FieldError.of("code", "unit.duplicateInFile", u.code(), first));
                } else {
                    parentOf.put(u.code(), u.parentCode());
                    validUnits.add(u);
                }
            }
        }
        for (OrganizationUnit u : validUnits) {
            if (u.parentCode() != null && leadsBackTo(u.parentCode(), u.code(), parentOf::get)) {
                unitErrors.get(firstUnit.get(u.code()) - 1)
                        .add(FieldError.of("parentCode", "unit.parentCycle", u.parentCode()));
            }
        }

        List<RowError> errors = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            long line = i + 1;
            unitErrors.get(i).forEach(e -> errors.add(new RowError(line, e)));
        }

        Set<String> earlier = new HashSet<>();
        ParticipantValidator.Lookup lookup = lookup(listedCodes::contains, earlier::contains);
        Map<String, Long> firstLine = new HashMap<>();
        LocalDate today = today();
        for (int i = 0; i < participants.size(); i++) {
            long line = units.size() + i + 1L;
            Participant in = participants.get(i);
            if (in == null) {
                errors.add(new RowError(line, FieldError.of("", "required")));
                continue;
            }
            List<FieldError> rowErrors = new ArrayList<>();
            Participant p = ParticipantValidator.validate(in, lookup, today, rowErrors);
            if (p != null) {
                Long first = firstLine.putIfAbsent(p.nip(), line);
                if (first != null) {
                    rowErrors.add(FieldError.of("nip", "participant.duplicateInFile", p.nip(), first));
                }
                participantOrder.add(p);
            }
            // Known to those below even when refused, so that they are not refused for it as well.
            String nip = nipKey(in.nip());
            if (nip != null) {
                earlier.add(nip);
            }
            rowErrors.forEach(e -> errors.add(new RowError(line, e)));
        }

        if (errors.isEmpty()) {
            // Parents before children; every parent is listed and there is no loop.
            Set<String> placed = new HashSet<>();
            while (unitOrder.size() < validUnits.size()) {
                for (OrganizationUnit u : validUnits) {
                    if (!placed.contains(u.code()) && (u.parentCode() == null || placed.contains(u.parentCode()))) {
                        unitOrder.add(u);
                        placed.add(u.code());
                    }
                }
            }
        }
        return errors;
    }

    /** One step up a chain: the supervisor of a participant, the parent of a unit; null at the top. */
    @FunctionalInterface
    interface Up {
        String next(String key) throws SQLException;
    }

    /**
     * Follows a chain upwards from {@code start}; a key seen twice ends the walk, so a loop that
     * does not pass through {@code target} cannot hold it up.
     *
     * @return true when the chain reaches {@code target}, i.e. making {@code start} the next step
     *         up from {@code target} would close a loop
     */
    static boolean leadsBackTo(String start, String target, Up up) throws SQLException {
        Set<String> seen = new HashSet<>();
        String current = start;
        while (current != null && seen.add(current)) {
            if (current.equals(target)) {
                return true;
            }
            current = up.next(current);
        }
        return false;
    }

    private boolean existsInDb(Connection c, String nip) {
        try {
            return store.exists(c, nip);
        } catch (SQLException e) {
            throw new StorageException("Database error", e);
        }
    }

    private String cachedSupervisorInDb(Connection c, String nip, Map<String, Optional<String>> cache)
            throws SQLException {
        Optional<String> known = cache.get(nip);
        if (known == null) {
            known = Optional.ofNullable(supervisorInDb(c, nip));
            cache.put(nip, known);
        }
        return known.orElse(null);
    }

    private String supervisorInDb(Connection c, String nip) throws SQLException {
        return store.find(c, nip).map(Participant::supervisorNip).orElse(null);
    }

    private Participant validOrThrow(Connection c, Participant in) throws SQLException {
        List<FieldError> errors = new ArrayList<>();
        Participant p = ParticipantValidator.validate(in, lookup(c, Map.of()), today(), errors);
        if (p == null) {
            throw new ValidationException(errors);
        }
        return p;
    }

    private ParticipantValidator.Lookup lookup(Connection c, Map<String, Long> extraNips) {
        return new ParticipantValidator.Lookup() {
            @Override
            public boolean unitExists(String code) {
                try {
                    return store.unitExists(c, code);
                } catch (SQLException e) {
                    throw new StorageException("Database error", e);
                }
            }

            @Override
            public boolean participantExists(String nip) {
                try {
                    return extraNips.containsKey(nip) || store.exists(c, nip);
                } catch (SQLException e) {
                    throw new StorageException("Database error", e);
                }
            }
        };
    }

    private static ParticipantValidator.Lookup lookup(Predicate<String> units, Predicate<String> participants) {
        return new ParticipantValidator.Lookup() {
            @Override
            public boolean unitExists(String code) {
                return units.test(code);
            }

            @Override
            public boolean participantExists(String nip) {
                return participants.test(nip);
            }
        };
    }

    /** @return a NIP as given in a request, in its stored form; null when no stored NIP can match */
    private static String key(String nip) {
        String key = Nip.normalise(nip);
        return Texts.hasControl(key) ? null : key;
    }

    /** @return a NIP as given in a row, in its stored form; null when blank */
    private static String nipKey(String nip) {
        String t = Texts.trimToNull(nip);
        return t == null ? null : Nip.normalise(t);
    }

    @FunctionalInterface
    private interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    private <T> T inTransaction(Work<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException e) {
                c.rollback();
                if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    // A concurrent writer stored the same key between our check and our insert.
                    throw new ConflictException("(concurrent write)");
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                store.settled();
            }
        } catch (SQLException e) {
            throw new StorageException("Database error: " + e.getMessage(), e);
        }
    }
}
