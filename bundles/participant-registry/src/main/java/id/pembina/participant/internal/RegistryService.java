package id.pembina.participant.internal;

import java.io.Reader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.participant.api.DuplicateException;
import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.ImportResult;
import id.pembina.participant.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.RegistryException;
import id.pembina.participant.api.ValidationException;
import id.pembina.persistence.api.SchemaMigrator;

/** The registry over its own tables in the shared {@code pembina} DataSource. */
@Component(service = ParticipantRegistry.class, immediate = true,
        property = "dataSource.target=(dataSourceName=pembina)")
public final class RegistryService implements ParticipantRegistry {

    static final String CHANGE_LOG = "db/participant-registry.sql";
    private static final String UNIQUE_VIOLATION = "23505";

    private final DataSource dataSource;
    private final JdbcParticipantStore store = new JdbcParticipantStore();
    private final Clock clock;

    @Activate
    public RegistryService(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator) {
        this(dataSource, migrator, Clock.system(Nip.WIB));
    }

    RegistryService(DataSource dataSource, SchemaMigrator migrator, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        migrator.migrate(dataSource, CHANGE_LOG, RegistryService.class.getClassLoader());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    @Override
    public Participant create(Participant participant) {
        Participant created = inTransaction(c -> {
            Participant p = validOrThrow(c, participant);
            if (store.exists(c, p.nip())) {
                throw new DuplicateException(p.nip());
            }
            store.insert(c, p, clock.instant());
            return p;
        });
        return created;
    }

    @Override
    public Participant update(String nip, Participant participant) {
        return inTransaction(c -> {
            String key = normaliseNip(nip);
            Participant current = store.find(c, key).orElseThrow(() -> new NotFoundException(nip));
            if (participant.nip() != null && !participant.nip().isBlank()
                    && !participant.nip().replace(" ", "").equals(key)) {
                throw new ValidationException(List.of(FieldError.of("nip", "nip.mismatch", participant.nip(), key)));
            }
            Participant merged = participant.withNip(key);
            if (merged.active() == null) {
                merged = merged.withActive(current.isActive());
            }
            Participant p = validOrThrow(c, merged);
            if (p.supervisorNip() != null && leadsBackTo(c, p.supervisorNip(), key)) {
                throw new ValidationException(List.of(FieldError.of("supervisorNip", "supervisor.cycle", p.supervisorNip())));
            }
            store.update(c, p, ParticipantChange.Kind.UPDATED, clock.instant());
            return p;
        });
    }

    @Override
    public Participant deactivate(String nip) {
        return inTransaction(c -> {
            String key = normaliseNip(nip);
            Participant current = store.find(c, key).orElseThrow(() -> new NotFoundException(nip));
            if (!current.isActive()) {
                return current;
            }
            Participant p = current.withActive(false);
            store.update(c, p, ParticipantChange.Kind.DEACTIVATED, clock.instant());
            return p;
        });
    }

    @Override
    public Optional<Participant> find(String nip) {
        return inTransaction(c -> store.find(c, normaliseNip(nip)));
    }

    @Override
    public Page<Participant> search(ParticipantQuery query) {
        if (query.offset() < 0 || query.limit() < 1 || query.limit() > ParticipantQuery.MAX_LIMIT) {
            List<FieldError> errors = new ArrayList<>();
            if (query.offset() < 0) {
                errors.add(FieldError.of("offset", "invalidValue", query.offset(), "0.."));
            }
            if (query.limit() < 1 || query.limit() > ParticipantQuery.MAX_LIMIT) {
                errors.add(FieldError.of("limit", "invalidValue", query.limit(), "1.." + ParticipantQuery.MAX_LIMIT));
            }
            throw new ValidationException(errors);
        }
        return inTransaction(c -> {
            if (query.unitCode() != null && !store.unitExists(c, query.unitCode())) {
                throw new NotFoundException(query.unitCode());
            }
            return store.search(c, query);
        });
    }

    @Override
    public long count() {
        return inTransaction(store::count);
    }

    @Override
    public List<OrganizationUnit> units() {
        return inTransaction(store::units);
    }

    @Override
    public Optional<OrganizationUnit> findUnit(String code) {
        return inTransaction(c -> store.findUnit(c, code));
    }

    @Override
    public OrganizationUnit createUnit(OrganizationUnit unit) {
        return inTransaction(c -> {
            List<FieldError> errors = new ArrayList<>();
            OrganizationUnit u = ParticipantValidator.validateUnit(unit, lookup(c, Map.of()), errors);
            if (u == null) {
                throw new ValidationException(errors);
            }
            if (store.unitExists(c, u.code())) {
                throw new DuplicateException(u.code());
            }
            store.insertUnit(c, u, clock.instant());
            return u;
        });
    }

    @Override
    public List<ParticipantChange> history(String nip) {
        return inTransaction(c -> store.history(c, normaliseNip(nip)));
    }

    @Override
    public ImportResult importCsv(Reader csv) {
        List<CsvParticipantReader.Row> rows;
        try {
            rows = CsvParticipantReader.read(csv);
        } catch (CsvParticipantReader.FileError e) {
            return new ImportResult(0, 0, e.errors);
        }
        return inTransaction(c -> {
            // NIPs of the file, so that a supervisor may be a row of the same file.
            Map<String, Long> inFile = new HashMap<>();
            for (CsvParticipantReader.Row row : rows) {
                if (row.participant() != null && row.participant().nip() != null) {
                    inFile.putIfAbsent(row.participant().nip().replace(" ", ""), row.line());
                }
            }
            ParticipantValidator.Lookup lookup = lookup(c, inFile);
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
                    } else if (store.exists(c, p.nip())) {
                        rowErrors.add(FieldError.of("nip", "participant.duplicate", p.nip()));
                    }
                }
                rowErrors.forEach(e -> errors.add(new RowError(row.line(), e)));
                if (rowErrors.isEmpty()) {
                    valid.add(p);
                }
            }
            if (!errors.isEmpty()) {
                c.rollback();
                return new ImportResult(rows.size(), 0, errors);
            }
            Instant now = clock.instant();
            for (Participant p : valid) {
                store.insert(c, p, now);
            }
            return new ImportResult(rows.size(), valid.size(), List.of());
        });
    }

    /** True when following supervisors upwards from {@code start} reaches {@code nip}. */
    private boolean leadsBackTo(Connection c, String start, String nip) throws SQLException {
        java.util.Set<String> seen = new java.util.HashSet<>();
        String current = start;
        while (current != null && seen.add(current)) {
            if (current.equals(nip)) {
                return true;
            }
            current = store.find(c, current).map(Participant::supervisorNip).orElse(null);
        }
        return false;
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
                    throw new RegistryException("Database error", e);
                }
            }

            @Override
            public boolean participantExists(String nip) {
                try {
                    return extraNips.containsKey(nip) || store.exists(c, nip);
                } catch (SQLException e) {
                    throw new RegistryException("Database error", e);
                }
            }
        };
    }

    private static String normaliseNip(String nip) {
        return nip == null ? "" : nip.replace(" ", "");
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
                    throw new DuplicateException("(concurrent write)");
                }
                throw e;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new RegistryException("Database error: " + e.getMessage(), e);
        }
    }
}
