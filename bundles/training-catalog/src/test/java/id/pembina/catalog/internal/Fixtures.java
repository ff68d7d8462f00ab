package id.pembina.catalog.internal;

import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.BehaviourChecklist.BehaviourIndicator;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.KnowledgeTest.TestItem;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ReactionQuestionnaire.LikertItem;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;

/** Test doubles and builders shared by the catalog tests. */
final class Fixtures {

    private Fixtures() {
    }

    /** A training module as a bundle would register it. */
    record FakeModule(String id, String name, String version, List<ProgramDefinition> programs)
            implements TrainingModule {

        FakeModule {
            programs = programs == null ? null : List.copyOf(programs);
        }
    }

    static FakeModule module(String id, String version, ProgramDefinition... programs) {
        return new FakeModule(id, "Modul " + id, version, List.of(programs));
    }

    /** Service properties as the framework hands them to the catalog. */
    static Map<String, Object> service(long serviceId) {
        return Map.of("service.id", serviceId, "service.bundleid", 7L);
    }

    /** A programme whose three instruments all carry {@code instrumentVersion}. */
    static ProgramDefinition program(String code, int jp, String instrumentVersion) {
        return new ProgramDefinition(code, "Pelatihan " + code, "Uraian pelatihan " + code, CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, jp, List.of("Peserta mampu melayani warga dengan ramah"),
                reaction(instrumentVersion, "Materi pelatihan relevan dengan tugas saya"),
                test(instrumentVersion, "Apa kepanjangan IKM?"),
                behaviour(instrumentVersion, "Menyapa warga yang datang"),
                List.of(new ResultsIndicator("complaints-per-month", "Pengaduan per bulan", "pengaduan/bulan",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    /** The same programme with changed first items in every instrument. */
    static ProgramDefinition changedProgram(String code, int jp, String instrumentVersion) {
        return new ProgramDefinition(code, "Pelatihan " + code + " (revisi)", "Uraian pelatihan " + code,
                CompetencyType.TEKNIS, DeliveryMethod.PELATIHAN, jp, List.of("Peserta mampu melayani warga dengan ramah"),
                reaction(instrumentVersion, "Materi pelatihan dapat langsung saya terapkan"),
                test(instrumentVersion, "Berapa unsur pelayanan dinilai dalam IKM?"),
                behaviour(instrumentVersion, "Menjelaskan persyaratan layanan dengan jelas"),
                List.of(new ResultsIndicator("service-minutes", "Waktu layanan", "menit",
                        ResultsIndicator.Direction.LOWER_IS_BETTER)));
    }

    static ReactionQuestionnaire reaction(String version, String firstItem) {
        return new ReactionQuestionnaire(version, true, List.of(new LikertItem("r1", firstItem),
                new LikertItem("r2", "Fasilitator menguasai materi")));
    }

    static KnowledgeTest test(String version, String firstQuestion) {
        return new KnowledgeTest(version, List.of(
                new TestItem("q1", firstQuestion, List.of("Indeks Kepuasan Masyarakat", "Indeks Kinerja Mandiri",
                        "Ikatan Karyawan Muda"), 0, 1),
                new TestItem("q2", "Skala penilaian unsur IKM adalah", List.of("1-4", "1-5", "0-100"), 0, 2)));
    }

    static BehaviourChecklist behaviour(String version, String firstIndicator) {
        return new BehaviourChecklist(version, List.of(new BehaviourIndicator("b1", firstIndicator),
                new BehaviourIndicator("b2", "Menyelesaikan layanan tepat waktu")));
    }

    /** The catalog's configuration as DS would hand it over. */
    static CatalogServiceImpl.Config config(int jpMinutes, String threshold) {
        return new CatalogServiceImpl.Config() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CatalogServiceImpl.Config.class;
            }

            @Override
            public int jp_minutes() {
                return jpMinutes;
            }

            @Override
            public String attendance_threshold() {
                return threshold;
            }

            @Override
            public String certificate_prefix() {
                return "BKPSDM-MEDAN";
            }
        };
    }

    static LocalDateTime at(int year, int month, int day, int hour, int minute) {
        return LocalDateTime.of(year, month, day, hour, minute);
    }

    /** Counts the connections of a data source that are open now. */
    static final class CountingDataSource {
        private final DataSource target;
        private final AtomicInteger open = new AtomicInteger();

        CountingDataSource(DataSource target) {
            this.target = target;
        }

        int open() {
            return open.get();
        }

        DataSource proxy() {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[] {DataSource.class},
                    (p, m, a) -> {
                        Object result = invoke(target, m, a);
                        if (m.getName().equals("getConnection")) {
                            open.incrementAndGet();
                            return connection((Connection) result);
                        }
                        return result;
                    });
        }

        private Connection connection(Connection c) {
            AtomicBoolean closed = new AtomicBoolean();
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                    (p, m, a) -> {
                        if (m.getName().equals("close") && closed.compareAndSet(false, true)) {
                            open.decrementAndGet();
                        }
                        return invoke(c, m, a);
                    });
        }

        private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
            try {
                return m.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    /** A clock the test moves forward. */
    static final class TestClock extends Clock {
        private volatile Instant now;
        private final ZoneId zone;

        TestClock(Instant now, ZoneId zone) {
            this.now = now;
            this.zone = zone;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId z) {
            return new TestClock(now, z);
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /**
     * An in-memory participant registry: only {@code find} is served. Built as a proxy so that it
     * keeps compiling when the registry interface grows.
     */
    static final class FakeRegistry {
        private final Map<String, Participant> participants = new ConcurrentHashMap<>();
        private volatile Runnable onFind = () -> { };

        /** Runs the action at every look-up, e.g. to see what the caller holds at that moment. */
        void onFind(Runnable action) {
            onFind = action;
        }

        void add(String nip, String name, boolean active) {
            participants.put(nip, new Participant(nip, name, null, null, "KEC-MEDAN-MARELAN", "Pengadministrasi Umum",
                    null, null, null, null, active));
        }

        ParticipantRegistry registry() {
            return (ParticipantRegistry) Proxy.newProxyInstance(ParticipantRegistry.class.getClassLoader(),
                    new Class<?>[] {ParticipantRegistry.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "find":
                                onFind.run();
                                return Optional.ofNullable(participants.get((String) args[0]));
                            case "toString":
                                return "FakeRegistry" + participants.keySet();
                            case "hashCode":
                                return System.identityHashCode(proxy);
                            case "equals":
                                return proxy == args[0];
                            default:
                                throw new UnsupportedOperationException(method.getName());
                        }
                    });
        }
    }
}
