package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Proxy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.Test;

import id.pembina.catalog.api.CatalogService;
import id.pembina.demo.internal.DemoDataLoader.Outcome;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.StorageException;
import id.pembina.platform.api.ValidationException;

public class DemoDataLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    public void loadsIntoAnEmptyRegistryWithOneCall() {
        FakeRegistry registry = new FakeRegistry();
        assertEquals(Outcome.LOADED, DemoDataLoader.load(registry, TODAY));
        MarelanDemoData data = MarelanDemoData.generate(TODAY);
        assertEquals(1, registry.loadCalls);
        assertEquals(0, registry.singleWrites);
        assertEquals(data.units(), registry.units());
        assertEquals(data.participants().size(), registry.count());
        assertEquals(data.participants(), new ArrayList<>(registry.participants.values()));
    }

    @Test
    public void skipsARegistryThatHoldsParticipants() {
        FakeRegistry registry = new FakeRegistry();
        registry.createUnit(new OrganizationUnit("DINAS", "Dinas", null));
        Participant someone = MarelanDemoData.generate(TODAY).participants().get(0);
        registry.create(new Participant(someone.nip(), "Pegawai Lama", null, null, "DINAS", "Staf", someone.positionType(),
                someone.rank(), someone.education(), null, null));
        assertEquals(Outcome.SKIPPED, DemoDataLoader.load(registry, TODAY));
        assertEquals(1, registry.loadCalls);
        assertEquals(1, registry.count());
        assertEquals(1, registry.units().size());
    }

    @Test
    public void skipsARegistryThatHoldsOnlyUnits() {
        FakeRegistry registry = new FakeRegistry();
        registry.createUnit(new OrganizationUnit("DINAS", "Dinas", null));
        assertEquals(Outcome.SKIPPED, DemoDataLoader.load(registry, TODAY));
        assertEquals(1, registry.loadCalls);
        assertEquals(0, registry.count());
        assertEquals(1, registry.units().size());
    }

    @Test
    public void takesTheRegistrysNotEmptyAnswerAsASkip() {
        // The registry's own check, inside its transaction, decides: e.g. another node loaded meanwhile.
        FakeRegistry registry = new FakeRegistry() {
            @Override
            public ImportResult loadIntoEmpty(List<OrganizationUnit> units, List<Participant> participants) {
                loadCalls++;
                return new ImportResult(units.size() + participants.size(), 0,
                        List.of(new RowError(0, FieldError.of("", "registry.notEmpty", 300, 13))));
            }
        };
        assertEquals(Outcome.SKIPPED, DemoDataLoader.load(registry, TODAY));
        assertEquals(1, registry.loadCalls);
        assertEquals(0, registry.count());
        assertEquals(0, registry.units().size());
    }

    @Test
    public void reportsRefusedDataAsAFailure() {
        FakeRegistry registry = new FakeRegistry() {
            @Override
            public ImportResult loadIntoEmpty(List<OrganizationUnit> units, List<Participant> participants) {
                loadCalls++;
                return new ImportResult(units.size() + participants.size(), 0,
                        List.of(new RowError(14, FieldError.of("nip", "nip.format"))));
            }
        };
        assertEquals(Outcome.FAILED, DemoDataLoader.load(registry, TODAY));
        assertEquals(1, registry.loadCalls);
        assertEquals(0, registry.count());
    }

    @Test
    public void reportsAFailureWithoutThrowing() {
        FakeRegistry registry = new FakeRegistry() {
            @Override
            public ImportResult loadIntoEmpty(List<OrganizationUnit> units, List<Participant> participants) {
                loadCalls++;
                throw new StorageException("Database error", null);
            }
        };
        assertEquals(Outcome.FAILED, DemoDataLoader.load(registry, TODAY));
        assertEquals(1, registry.loadCalls);
        assertEquals(0, registry.count());
    }

    @Test
    public void doesNotStartWhenAlreadyInterrupted() {
        FakeRegistry registry = new FakeRegistry();
        Thread.currentThread().interrupt();
        try {
            assertEquals(Outcome.INTERRUPTED, DemoDataLoader.load(registry, TODAY));
        } finally {
            Thread.interrupted();
        }
        assertEquals(0, registry.loadCalls);
        assertEquals(0, registry.count());
    }

    @Test
    public void activationLoadsInTheBackgroundWhenEnabled() throws Exception {
        FakeRegistry registry = new FakeRegistry();
        NoProgramsCatalog catalog = new NoProgramsCatalog();
        DemoDataLoader loader = new DemoDataLoader(registry, catalog.proxy(), unusedEvaluation(), Duration.ofMillis(600));
        loader.activate(config(true));
        try {
            assertEquals(Outcome.LOADED, loader.task.get(30, TimeUnit.SECONDS));
            assertEquals(300, registry.count());
            assertEquals(1, registry.loadCalls);
            // It then waited for the seed programmes, which never came, and gave up cleanly.
            assertTrue(catalog.polls.get() >= 2);
        } finally {
            loader.deactivate();
        }
    }

    @Test
    public void activationDoesNothingWhenDisabled() {
        FakeRegistry registry = new FakeRegistry();
        NoProgramsCatalog catalog = new NoProgramsCatalog();
        DemoDataLoader loader = new DemoDataLoader(registry, catalog.proxy(), unusedEvaluation(), Duration.ofMillis(600));
        loader.activate(config(false));
        loader.deactivate();
        assertNull(loader.task);
        assertEquals(0, registry.count());
        assertEquals(0, registry.units().size());
        assertEquals(0, catalog.polls.get());
    }

    @Test
    public void aSkippedLoadLeavesTheCatalogAlone() {
        FakeRegistry registry = new FakeRegistry();
        registry.createUnit(new OrganizationUnit("DINAS", "Dinas", null));
        NoProgramsCatalog catalog = new NoProgramsCatalog();
        assertEquals(Outcome.SKIPPED, DemoDataLoader.run(registry, catalog.proxy(), unusedEvaluation(), TODAY,
                Duration.ofSeconds(5)));
        assertEquals(0, catalog.polls.get());
    }

    @Test
    public void givesUpWaitingForProgrammesThatNeverCome() throws Exception {
        NoProgramsCatalog catalog = new NoProgramsCatalog();
        long start = System.nanoTime();
        assertNull(EvaluationDemoApplier.awaitPrograms(catalog.proxy(), Duration.ofMillis(300), Duration.ofMillis(50)));
        assertTrue(System.nanoTime() - start >= 300_000_000L);
        assertTrue(catalog.polls.get() >= 3);
        assertEquals(EvaluationDemoApplier.Result.NO_PROGRAMS, EvaluationDemoApplier.load(
                MarelanDemoData.generate(TODAY), catalog.proxy(), unusedEvaluation(), Duration.ofMillis(100)));
    }

    /** A catalog that offers no programme and fails on anything else. */
    static final class NoProgramsCatalog {

        final AtomicInteger polls = new AtomicInteger();

        CatalogService proxy() {
            return (CatalogService) Proxy.newProxyInstance(getClass().getClassLoader(),
                    new Class<?>[] {CatalogService.class}, (proxy, method, args) -> {
                        if (method.getName().equals("programs")) {
                            polls.incrementAndGet();
                            return List.of();
                        }
                        throw new AssertionError("unexpected call of " + method.getName());
                    });
        }
    }

    static EvaluationDataService unusedEvaluation() {
        return (EvaluationDataService) Proxy.newProxyInstance(DemoDataLoaderTest.class.getClassLoader(),
                new Class<?>[] {EvaluationDataService.class}, (proxy, method, args) -> {
                    throw new AssertionError("unexpected call of " + method.getName());
                });
    }

    private static DemoDataLoader.Config config(boolean enabled) {
        return new DemoDataLoader.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return DemoDataLoader.Config.class;
            }

            @Override
            public boolean enabled() {
                return enabled;
            }
        };
    }

    /** In-memory registry that checks what the real one checks about references. */
    static class FakeRegistry implements ParticipantRegistry {

        final Map<String, Participant> participants = new LinkedHashMap<>();
        final Map<String, OrganizationUnit> units = new LinkedHashMap<>();
        /** Calls of loadIntoEmpty. */
        int loadCalls;
        /** Calls of create and createUnit. */
        int singleWrites;

        /** All or nothing, like the real one: applied to copies, kept only when everything passed. */
        @Override
        public synchronized ImportResult loadIntoEmpty(List<OrganizationUnit> newUnits, List<Participant> newParticipants) {
            loadCalls++;
            int total = newUnits.size() + newParticipants.size();
            if (!participants.isEmpty() || !units.isEmpty()) {
                return new ImportResult(total, 0, List.of(new RowError(0,
                        FieldError.of("", "registry.notEmpty", participants.size(), units.size()))));
            }
            FakeRegistry scratch = new FakeRegistry();
            List<RowError> errors = new ArrayList<>();
            int line = 0;
            for (OrganizationUnit u : newUnits) {
                line++;
                try {
                    scratch.createUnit(u);
                } catch (ValidationException e) {
                    for (FieldError error : e.errors()) {
                        errors.add(new RowError(line, error));
                    }
                }
            }
            for (Participant p : newParticipants) {
                line++;
                try {
                    scratch.create(p);
                } catch (ValidationException e) {
                    for (FieldError error : e.errors()) {
                        errors.add(new RowError(line, error));
                    }
                }
            }
            if (!errors.isEmpty()) {
                return new ImportResult(total, 0, errors);
            }
            units.putAll(scratch.units);
            participants.putAll(scratch.participants);
            return new ImportResult(total, total, List.of());
        }

        @Override
        public synchronized Participant create(Participant p) {
            singleWrites++;
            if (participants.containsKey(p.nip())) {
                throw new ConflictException(p.nip());
            }
            List<FieldError> errors = new ArrayList<>();
            if (!units.containsKey(p.unitCode())) {
                errors.add(FieldError.of("unitCode", "unit.unknown", p.unitCode()));
            }
            if (p.supervisorNip() != null && !participants.containsKey(p.supervisorNip())) {
                errors.add(FieldError.of("supervisorNip", "supervisor.unknown", p.supervisorNip()));
            }
            if (!errors.isEmpty()) {
                throw new ValidationException(errors);
            }
            participants.put(p.nip(), p);
            return p;
        }

        @Override
        public Participant update(String nip, Participant participant) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Participant deactivate(String nip) {
            throw new NotFoundException(nip);
        }

        @Override
        public synchronized Optional<Participant> find(String nip) {
            return Optional.ofNullable(participants.get(nip));
        }

        @Override
        public Page<Participant> search(ParticipantQuery query) {
            throw new UnsupportedOperationException();
        }

        @Override
        public synchronized long count() {
            return participants.size();
        }

        @Override
        public synchronized List<OrganizationUnit> units() {
            return List.copyOf(units.values());
        }

        @Override
        public synchronized Optional<OrganizationUnit> findUnit(String code) {
            return Optional.ofNullable(units.get(code));
        }

        @Override
        public synchronized OrganizationUnit createUnit(OrganizationUnit unit) {
            singleWrites++;
            if (units.containsKey(unit.code())) {
                throw new ConflictException(unit.code());
            }
            if (unit.parentCode() != null && !units.containsKey(unit.parentCode())) {
                throw new ValidationException(List.of(FieldError.of("parentCode", "unit.parentUnknown")));
            }
            units.put(unit.code(), unit);
            return unit;
        }

        @Override
        public ImportResult importCsv(Reader csv) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<ParticipantChange> history(String nip) {
            return List.of();
        }
    }
}
