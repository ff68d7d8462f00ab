package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.TrainingResult;
import id.pembina.evaluation.data.api.TrainingResults;
import id.pembina.evaluation.data.api.Transcript;
import id.pembina.evaluation.data.api.YearFacts;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.PastTraining;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.UnitNeeds;
import id.pembina.platform.api.NotFoundException;

/**
 * Gathers the inputs of the needs analysis (members from the registry, JP of the year and the year before from
 * the evaluation's 20 JP rule, performance from its year facts, past training results from its
 * {@link TrainingResults} in one call for the whole subtree, requirements and levels from the planning tables) and
 * hands them to {@link Needs}. Runs after the access check, with the caller's rights raised.
 */
final class Analyst {

    private final ParticipantRegistry registry;
    private final EvaluationDataService evaluation;
    private final CompetencyStore store;
    private final TrainingResults results;
    private final Supplier<List<ProgramCompetency>> programCompetencies;

    Analyst(ParticipantRegistry registry, EvaluationDataService evaluation, TrainingResults results,
            CompetencyStore store, Supplier<List<ProgramCompetency>> programCompetencies) {
        this.registry = registry;
        this.evaluation = evaluation;
        this.results = results;
        this.store = store;
        this.programCompetencies = programCompetencies;
    }

    List<ParticipantNeeds> participants(int year, String unitCode) {
        return analyse(year, unitCode, false).stream().map(AsnNeeds::needs).toList();
    }

    UnitNeeds unit(int year, String unitCode) {
        return Needs.unit(unitCode, year, analyse(year, unitCode, true));
    }

    ParticipantNeeds participant(int year, String nip) {
        Participant p = registry.find(nip).orElseThrow(() -> new NotFoundException("participant " + nip));
        Transcript t = evaluation.transcript(p.nip(), year);
        BigDecimal shortfall = t.minimumJp().subtract(t.jpInYear()).max(BigDecimal.ZERO);
        Needs needs = new Needs(store.requirements(), programCompetencies.get());
        return needs.of(p, store.levels(p.nip()), t.jpInYear(), shortfall,
                recent(List.of(p.nip()), year).getOrDefault(p.nip(), List.of()));
    }

    private List<AsnNeeds> analyse(int year, String unitCode, boolean details) {
        if (registry.findUnit(unitCode).isEmpty()) {
            throw new NotFoundException("unit " + unitCode);
        }
        List<Participant> members = registry.members(unitCode, false);
        Map<String, ParticipantJp> jp = jp(unitCode, year);
        Map<String, ParticipantJp> lastYear = details ? jp(unitCode, year - 1) : Map.of();
        List<String> nips = members.stream().map(Participant::nip).toList();
        var levels = store.levels(nips);
        Map<String, List<PastTraining>> recent = recent(nips, year);
        Needs needs = new Needs(store.requirements(), programCompetencies.get());
        List<AsnNeeds> out = new ArrayList<>();
        for (Participant p : members) {
            ParticipantJp now = jp.get(p.nip());
            ParticipantNeeds n = needs.of(p, levels.getOrDefault(p.nip(), List.of()),
                    now == null ? BigDecimal.ZERO : now.jp(), now == null ? BigDecimal.ZERO : now.shortfall(),
                    recent.getOrDefault(p.nip(), List.of()));
            if (!details) {
                out.add(new AsnNeeds(n, null, null, 0, null));
                continue;
            }
            ParticipantJp before = lastYear.get(p.nip());
            String performance = evaluation.yearFacts(p.nip(), year - 1).map(YearFacts::performance)
                    .map(Enum::name).orElse(null);
            out.add(new AsnNeeds(n, p.name(), p.positionTitle(), before == null ? 0 : Needs.jpDown(before.jp()),
                    performance));
        }
        out.sort(java.util.Comparator.comparing(AsnNeeds::needs, Needs.LARGEST_FIRST));
        return out;
    }

    /** Programmes completed in the plan year and the years before ({@link Needs#RECENT_YEARS}), per NIP. */
    private Map<String, List<PastTraining>> recent(List<String> nips, int year) {
        Map<String, List<PastTraining>> out = new HashMap<>();
        if (nips.isEmpty()) {
            return out;
        }
        for (TrainingResult r : results.trainingResults(nips, Math.max(Checks.MIN_YEAR, year - Needs.RECENT_YEARS + 1), year)) {
            out.computeIfAbsent(r.nip(), k -> new ArrayList<>()).add(new PastTraining(r.programCode(), r.year(),
                    r.lastDay(), r.learningGoalReached(), r.gain(), r.applying(), r.behaviourMean()));
        }
        return out;
    }

    /** JP per NIP of the unit's subtree in the year, as the evaluation's 20 JP rule counts them. */
    private Map<String, ParticipantJp> jp(String unitCode, int year) {
        Map<String, ParticipantJp> out = new HashMap<>();
        for (ParticipantJp p : evaluation.evaluateUnit(unitCode, year).jp().participants()) {
            out.put(p.participantId(), p);
        }
        return out;
    }
}
