package id.pembina.evaluation.data.internal;

import java.io.Reader;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import id.pembina.catalog.api.CatalogService;
import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.RuleSet;
import id.pembina.evaluation.api.RuleSets;
import id.pembina.evaluation.data.api.Benefit;
import id.pembina.evaluation.data.api.DeliveryComparison;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.ExternalTraining;
import id.pembina.evaluation.data.api.FollowUp;
import id.pembina.evaluation.data.api.FollowUpSubmission;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.ProgramEvaluation;
import id.pembina.evaluation.data.api.ReactionResponse;
import id.pembina.evaluation.data.api.ReactionSubmission;
import id.pembina.evaluation.data.api.SessionEvaluation;
import id.pembina.evaluation.data.api.TestAnswers;
import id.pembina.evaluation.data.api.TestPhase;
import id.pembina.evaluation.data.api.TestSubmission;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.UnitEvaluation;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.persistence.api.SchemaMigrator;

/**
 * The evaluation data service: owns the {@code ev_*} tables, checks participants and sessions through the
 * registry and the catalog, and computes with the engine (a private instance: the engine is stateless). IP ASN
 * rule sets are the engine's shipped defaults until an edge hands others in ({@link #useRuleSets}).
 */
@Component(service = EvaluationDataService.class, immediate = true,
        property = "dataSource.target=(dataSourceName=pembina)")
public final class EvaluationDataServiceImpl implements EvaluationDataService {

    static final String CHANGE_LOG = "db/evaluation.sql";
    private static final RuleSets DEFAULT_RULES = RuleSets.of(RuleSet.defaults());

    private final Transactions tx;
    private final Store store = new Store();
    private final Capture capture;
    private final CsvImports imports;
    private final Evaluator evaluator;
    private final Professionalism professionalism;
    private volatile RuleSets ruleSets;
    private volatile id.pembina.evaluation.api.RuleSetSource source;

    /** In Karaf: the rule sets in force are those of ConfigAdmin ({@code etc/id.pembina.evaluation.ipasn-*.cfg}). */
    @Activate
    public EvaluationDataServiceImpl(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "migrator") SchemaMigrator migrator,
            @Reference(name = "registry") ParticipantRegistry registry,
            @Reference(name = "catalog") CatalogService catalog,
            @Reference(name = "ruleSets") id.pembina.evaluation.api.RuleSetSource source,
            @Reference(name = "engine") EvaluationEngine engine) {
        this(dataSource, migrator, registry, catalog, engine, Clock.system(Nip.WIB));
        this.source = source;
    }

    /** For tests and for embedding without a framework. */
    public EvaluationDataServiceImpl(DataSource dataSource, SchemaMigrator migrator, ParticipantRegistry registry,
            CatalogService catalog, EvaluationEngine engine, Clock clock) {
        migrator.migrate(dataSource, CHANGE_LOG, EvaluationDataServiceImpl.class.getClassLoader());
        this.tx = new Transactions(dataSource);
        this.capture = new Capture(tx, store, registry, catalog, clock);
        this.imports = new CsvImports(capture);
        this.evaluator = new Evaluator(tx, store, capture, registry, catalog, engine);
        this.professionalism = new Professionalism(tx, store, registry, catalog, engine, this::ruleSets, evaluator);
    }

    @Override
    public void useRuleSets(RuleSets rules) {
        ruleSets = rules;
    }

    @Override
    public RuleSets ruleSets() {
        RuleSets set = ruleSets;
        if (set != null) {
            return set;
        }
        id.pembina.evaluation.api.RuleSetSource configured = source;
        return configured != null ? configured.ruleSets() : DEFAULT_RULES;
    }

    @Override
    public ReactionResponse submitReaction(long sessionId, ReactionSubmission submission) {
        return capture.reaction(sessionId, submission);
    }

    @Override
    public TestAnswers submitTest(long sessionId, TestPhase phase, TestSubmission submission) {
        return capture.test(sessionId, phase, submission);
    }

    @Override
    public FollowUp submitFollowUp(FollowUpSubmission submission) {
        return capture.followUp(submission);
    }

    @Override
    public List<IndicatorEntry> recordIndicators(List<IndicatorEntry> entries) {
        return capture.indicators(entries);
    }

    @Override
    public YearFacts recordYearFacts(YearFacts facts) {
        return capture.yearFacts(facts);
    }

    @Override
    public ExternalTraining addExternalTraining(ExternalTraining training) {
        return capture.external(training);
    }

    @Override
    public Benefit recordBenefit(long sessionId, String description, BigDecimal amount) {
        return capture.benefit(sessionId, description, amount);
    }

    @Override
    public ImportResult importReactions(long sessionId, Reader csv) {
        return imports.reactions(sessionId, csv);
    }

    @Override
    public ImportResult importTests(long sessionId, TestPhase phase, Reader csv) {
        return imports.tests(sessionId, phase, csv);
    }

    @Override
    public ImportResult importFollowUps(Reader csv) {
        return imports.followUps(csv);
    }

    @Override
    public List<ReactionResponse> reactionResponses(long sessionId) {
        return tx.run(c -> store.reactions(c, sessionId));
    }

    @Override
    public List<TestAnswers> testAnswers(long sessionId) {
        return tx.run(c -> store.tests(c, sessionId));
    }

    @Override
    public List<FollowUp> followUps(long sessionId) {
        return tx.run(c -> store.followUps(c, sessionId));
    }

    @Override
    public FollowUp submitSelfAssessment(FollowUpSubmission submission) {
        Allowed.staff();
        return capture.selfAssessment(submission);
    }

    @Override
    public List<FollowUp> selfAssessments(long sessionId) {
        Allowed.reader();
        return tx.run(c -> store.followUps(c, List.of(sessionId), Store.SELF).getOrDefault(sessionId, List.of()));
    }

    @Override
    public List<IndicatorEntry> indicatorValues(String programCode) {
        return programCode == null || Checks.hasControl(programCode) ? List.of()
                : tx.run(c -> store.indicators(c, programCode.strip()));
    }

    @Override
    public Optional<YearFacts> yearFacts(String nip, int year) {
        String key = Checks.nip(nip);
        return key == null || !key.matches("[0-9]{18}") ? Optional.empty() : tx.run(c -> store.facts(c, key, year));
    }

    @Override
    public List<ExternalTraining> externalTrainings(String nip) {
        String key = Checks.nip(nip);
        return key == null || !key.matches("[0-9]{18}") ? List.of() : tx.run(c -> store.externals(c, key));
    }

    @Override
    public List<Benefit> benefits(long sessionId) {
        return tx.run(c -> store.benefits(c, sessionId));
    }

    @Override
    public SessionEvaluation evaluateSession(long sessionId) {
        return evaluator.session(sessionId);
    }

    @Override
    public ProgramEvaluation evaluateProgram(String programCode, LocalDate from, LocalDate to) {
        return evaluator.program(programCode, from, to);
    }

    @Override
    public ProgramEvaluation evaluateProgram(String programCode, LocalDate from, LocalDate to, boolean fullyLoaded) {
        Allowed.reader();
        return evaluator.program(programCode, from, to, fullyLoaded);
    }

    @Override
    public DeliveryComparison compareDelivery(String programCode, LocalDate from, LocalDate to) {
        Allowed.reader();
        return evaluator.delivery(programCode, from, to);
    }

    /** The configured cost of working time (fully loaded costs); the defaults while there is none. */
    @Reference(name = "rates", service = TimeCostRates.class, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY, unbind = "unsetRates")
    void setRates(TimeCostRates rates) {
        evaluator.useRates(rates);
    }

    void unsetRates(TimeCostRates rates) {
        evaluator.dropRates(rates);
    }

    @Override
    public UnitEvaluation evaluateUnit(String unitCode, int year) {
        return professionalism.unit(unitCode, year);
    }

    @Override
    public Page<ParticipantJp> belowMinimumJp(String unitCode, int year, int offset, int limit) {
        return professionalism.belowMinimumJp(unitCode, year, offset, limit);
    }

    @Override
    public List<id.pembina.evaluation.data.api.UnitYearIndex> unitTrend(String unitCode, int fromYear, int toYear) {
        return professionalism.unitTrend(unitCode, fromYear, toYear);
    }

    @Override
    public Transcript transcript(String nip, int year) {
        return professionalism.transcript(nip, year);
    }
}
