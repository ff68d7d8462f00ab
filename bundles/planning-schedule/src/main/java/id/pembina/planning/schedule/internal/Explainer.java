package id.pembina.planning.schedule.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ai.timefold.solver.core.api.score.analysis.ConstraintAnalysis;
import ai.timefold.solver.core.api.score.analysis.ScoreAnalysis;
import ai.timefold.solver.core.api.score.buildin.hardsoftlong.HardSoftLongScore;
import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ProposedSession;
import id.pembina.planning.schedule.internal.solver.Attendance;
import id.pembina.planning.schedule.internal.solver.PersonFact;
import id.pembina.planning.schedule.internal.solver.ScheduleConstraints;
import id.pembina.planning.schedule.internal.solver.ScheduleSolution;
import id.pembina.planning.schedule.internal.solver.SessionEntity;

/**
 * A model with its score analysis as a proposal: the sessions used, the figures, and every constraint in
 * words (message codes {@code schedule.explain.<constraint>.held|broken|reward}).
 */
final class Explainer {

    /** Rewards: they never break, they say how much good the proposal does. */
    private static final List<String> REWARDS = List.of(ScheduleConstraints.REACH_20_JP,
            ScheduleConstraints.LARGEST_NEEDS, ScheduleConstraints.LEADERS);

    private Explainer() {
    }

    static Proposal proposal(String source, ScheduleSolution model, ScoreAnalysis<HardSoftLongScore> analysis,
            ProblemData data) {
        Map<SessionEntity, List<String>> attendees = new LinkedHashMap<>();
        Map<PersonFact, Integer> jp = new HashMap<>();
        for (Attendance a : model.getAttendances()) {
            if (a.getSession() != null) {
                attendees.computeIfAbsent(a.getSession(), k -> new ArrayList<>()).add(a.getPerson().getNip());
                jp.merge(a.getPerson(), a.getSession().getJp(), Integer::sum);
            }
        }
        Map<String, CandidateSession> candidates = new HashMap<>();
        data.sessions().forEach(c -> candidates.put(c.id(), c));
        List<ProposedSession> sessions = new ArrayList<>();
        BigDecimal cost = BigDecimal.ZERO;
        for (Map.Entry<SessionEntity, List<String>> e : attendees.entrySet()) {
            SessionEntity s = e.getKey();
            CandidateSession c = candidates.get(s.getId());
            int[] days = s.days();
            List<String> nips = e.getValue().stream().sorted().toList();
            sessions.add(new ProposedSession(s.getId(), s.getProgramCode(), LocalDate.ofEpochDay(days[0]),
                    LocalDate.ofEpochDay(days[days.length - 1]), s.getMode(), s.getCapacity(), c.cost(), s.getJp(),
                    nips));
            cost = cost.add(c.cost());
        }
        sessions.sort(Comparator.comparing(ProposedSession::start).thenComparing(ProposedSession::sessionId));
        int people = 0;
        int reaching = 0;
        long needed = 0;
        long delivered = 0;
        for (PersonFact p : model.getPeople()) {
            if (p.getShortfall() > 0) {
                int got = jp.getOrDefault(p, 0);
                people++;
                needed += p.getShortfall();
                delivered += Math.min(got, p.getShortfall());
                reaching += got >= p.getShortfall() ? 1 : 0;
            }
        }
        HardSoftLongScore score = analysis.score();
        long staffing = count(analysis, ScheduleConstraints.STAFFING);
        Figures figures = new Figures(people, reaching, needed, delivered, cost, data.budget(), -score.hardScore(),
                staffing, score.toString());
        return new Proposal(source, sessions, figures, outcomes(analysis));
    }

    static List<ConstraintOutcome> outcomes(ScoreAnalysis<HardSoftLongScore> analysis) {
        List<ConstraintOutcome> out = new ArrayList<>();
        for (String name : ScheduleConstraints.ALL) {
            ConstraintAnalysis<HardSoftLongScore> c = analysis.getConstraintAnalysis(name);
            long matches = c == null ? 0 : c.matchCount();
            String score = c == null ? HardSoftLongScore.ZERO.toString() : c.score().toString();
            boolean reward = REWARDS.contains(name);
            boolean held = reward || matches == 0;
            String code = "schedule.explain." + name + (reward ? ".reward" : held ? ".held" : ".broken");
            out.add(new ConstraintOutcome(name, ScheduleConstraints.HARD.contains(name), held, matches, score, code,
                    List.of(Long.toString(matches)), null, null));
        }
        return out;
    }

    private static long count(ScoreAnalysis<HardSoftLongScore> analysis, String name) {
        ConstraintAnalysis<HardSoftLongScore> c = analysis.getConstraintAnalysis(name);
        return c == null ? 0 : c.matchCount();
    }
}
