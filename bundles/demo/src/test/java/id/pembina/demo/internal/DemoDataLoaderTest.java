package id.pembina.demo.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;

import java.io.Reader;
import java.lang.annotation.Annotation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import id.pembina.demo.internal.DemoDataLoader.Outcome;
import id.pembina.participant.api.DuplicateException;
import id.pembina.participant.api.FieldError;
import id.pembina.participant.api.ImportResult;
import id.pembina.participant.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.participant.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.participant.api.ValidationException;

public class DemoDataLoaderTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 1, 1);

    @Test
    public void loadsIntoAnEmptyRegistry() {
        FakeRegistry registry = new FakeRegistry();
        assertEquals(Outcome.LOADED, DemoDataLoader.load(registry, TODAY));
        MarelanDemoData data = MarelanDemoData.generate(TODAY);
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
        assertEquals(1, registry.count());
        assertEquals(1, registry.units().size());
    }

    @Test
    public void skipsARegistryThatHoldsOnlyUnits() {
        FakeRegistry registry = new FakeRegistry();
        registry.createUnit(new OrganizationUnit("DINAS", "Dinas", null));
        assertEquals(Outcome.SKIPPED, DemoDataLoader.load(registry, TODAY));
        assertEquals(0, registry.count());
        assertEquals(1, registry.units().size());
    }

    @Test
    public void reportsAFailureWithoutThrowing() {
        FakeRegistry registry = new FakeRegistry() {
            @Override
            public Participant create(Participant participant) {
                if (count() == 10) {
                    throw new ValidationException(List.of(FieldError.of("nip", "nip.format")));
                }
                return super.create(participant);
            }
        };
        assertEquals(Outcome.FAILED, DemoDataLoader.load(registry, TODAY));
        assertEquals(10, registry.count());
    }

    @Test
    public void activationLoadsInTheBackgroundWhenEnabled() throws Exception {
        FakeRegistry registry = new FakeRegistry();
        DemoDataLoader loader = new DemoDataLoader(registry);
        loader.activate(config(true));
        try {
            assertEquals(Outcome.LOADED, loader.task.get(30, TimeUnit.SECONDS));
            assertEquals(300, registry.count());
        } finally {
            loader.deactivate();
        }
    }

    @Test
    public void activationDoesNothingWhenDisabled() {
        FakeRegistry registry = new FakeRegistry();
        DemoDataLoader loader = new DemoDataLoader(registry);
        loader.activate(config(false));
        loader.deactivate();
        assertNull(loader.task);
        assertEquals(0, registry.count());
        assertEquals(0, registry.units().size());
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

        @Override
        public synchronized Participant create(Participant p) {
            if (participants.containsKey(p.nip())) {
                throw new DuplicateException(p.nip());
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
            if (units.containsKey(unit.code())) {
                throw new DuplicateException(unit.code());
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
