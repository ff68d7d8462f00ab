package id.pembina.catalog.internal.jars;

import java.util.List;

import id.pembina.catalog.spi.BehaviourChecklist;
import id.pembina.catalog.spi.CompetencyType;
import id.pembina.catalog.spi.DeliveryMethod;
import id.pembina.catalog.spi.KnowledgeTest;
import id.pembina.catalog.spi.ProgramDefinition;
import id.pembina.catalog.spi.ReactionQuestionnaire;
import id.pembina.catalog.spi.ResultsIndicator;
import id.pembina.catalog.spi.TrainingModule;

/**
 * Training modules packed into jars by {@code ModuleCheckTest} and loaded from there, so they need
 * nothing but the SPI. Instrument versions are all "1.0"; {@code question} is the first test item.
 */
public abstract class JarModule implements TrainingModule {

    private final String id;
    private final String code;
    private final String question;
    private final int jp;
    private final boolean anonymous;

    protected JarModule(String id, String code, String question, int jp) {
        this(id, code, question, jp, false);
    }

    protected JarModule(String id, String code, String question, int jp, boolean anonymous) {
        this.id = id;
        this.code = code;
        this.question = question;
        this.jp = jp;
        this.anonymous = anonymous;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public String name() {
        return "Modul " + id;
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public List<ProgramDefinition> programs() {
        return List.of(new ProgramDefinition(code, "Pelatihan " + code, "Uraian", CompetencyType.TEKNIS,
                DeliveryMethod.PELATIHAN, jp, List.of("Peserta mampu melayani warga"),
                new ReactionQuestionnaire("1.0", anonymous, List.of(new ReactionQuestionnaire.LikertItem("R01", "Materi relevan"))),
                new KnowledgeTest("1.0", List.of(new KnowledgeTest.TestItem("T01", question, List.of("Ya", "Tidak"), 0, 1))),
                new BehaviourChecklist("1.0", List.of(new BehaviourChecklist.BehaviourIndicator("B01", "Menyapa warga"))),
                List.of(new ResultsIndicator("ikm-unit", "IKM unit", "indeks 25-100",
                        ResultsIndicator.Direction.HIGHER_IS_BETTER))));
    }

    /** The module as first deployed. */
    public static final class Good extends JarModule {
        public Good() {
            super("contoh", "CONTOH-01", "Apakah IKM diukur tiap tahun?", 4);
        }
    }

    /** The same module and instrument versions with another first test question. */
    public static final class Changed extends JarModule {
        public Changed() {
            super("contoh", "CONTOH-01", "Apakah IKM diukur tiap semester?", 4);
        }
    }

    /** Another module that brings a programme code of {@link Good}. */
    public static final class Taken extends JarModule {
        public Taken() {
            super("lain", "CONTOH-01", "Apakah IKM diukur tiap tahun?", 4);
        }
    }

    /** Breaks two definition rules. */
    public static final class Broken extends JarModule {
        public Broken() {
            super("Bad Id", "RUSAK-01", "Apakah IKM diukur tiap tahun?", 0);
        }
    }

    /** Fails when created. */
    public static final class Failing extends JarModule {
        public Failing() {
            super("gagal", "GAGAL-01", "?", 4);
            throw new IllegalStateException("no configuration");
        }
    }

    /** The same module whose reaction questionnaire 1.0 became anonymous. */
    public static final class Anonymous extends JarModule {
        public Anonymous() {
            super("contoh", "CONTOH-01", "Apakah IKM diukur tiap tahun?", 4, true);
        }
    }

    /** Fails when asked for its programmes. */
    public static final class Throwing extends JarModule {
        public Throwing() {
            super("rusak", "RUSAK-02", "?", 4);
        }

        @Override
        public List<ProgramDefinition> programs() {
            throw new UnsupportedOperationException("not yet");
        }
    }
}
