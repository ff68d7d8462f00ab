package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import id.pembina.participant.api.Participant;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.CompetencyLevel;
import id.pembina.planning.api.CompetencyRequirement;
import id.pembina.planning.api.CoveredCompetency;
import id.pembina.planning.api.PastTraining;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;

/**
 * The needs arithmetic, without storage: which requirements apply to a position (its title's own, else its
 * type's fallback), which level counts as reached (the latest ASSESSMENT, else the latest SUPERVISOR rating,
 * else the latest SELF assessment, else 0), the gaps (required minus reached, when positive), and the ranking
 * and aggregation per unit. Past training weighs in by {@link #RECENT_YEARS} and the rule of
 * {@link #of(Participant, List, BigDecimal, BigDecimal, List)}.
 */
final class Needs {

    /** Past training counts when it ended in the plan year or the two years before. */
    static final int RECENT_YEARS = 3;

    /** Largest need first: gap total, then JP shortfall, then NIP. */
    static final Comparator<ParticipantNeeds> LARGEST_FIRST = Comparator
            .comparingInt(ParticipantNeeds::gapTotal).reversed()
            .thenComparing(Comparator.comparingInt(ParticipantNeeds::jpShortfall).reversed())
            .thenComparing(ParticipantNeeds::nip);

    private final Map<String, List<CompetencyRequirement>> byTitle = new LinkedHashMap<>();
    private final Map<String, List<CompetencyRequirement>> byType = new LinkedHashMap<>();
    private final Map<String, TreeSet<String>> programs = new TreeMap<>();

    Needs(List<CompetencyRequirement> requirements, List<ProgramCompetency> programCompetencies) {
        for (CompetencyRequirement r : requirements) {
            if (r.positionTitle() != null) {
                byTitle.computeIfAbsent(key(r.positionTitle()), k -> new ArrayList<>()).add(r);
            } else if (r.positionType() != null) {
                byType.computeIfAbsent(r.positionType(), k -> new ArrayList<>()).add(r);
            }
        }
        for (ProgramCompetency pc : programCompetencies) {
            programs.computeIfAbsent(pc.competency(), k -> new TreeSet<>()).add(pc.programCode());
        }
    }

    /** @return the requirements of the position: its title's, else its type's */
    List<CompetencyRequirement> requirementsOf(Participant p) {
        List<CompetencyRequirement> own = p.positionTitle() == null ? null : byTitle.get(key(p.positionTitle()));
        if (own != null) {
            return own;
        }
        return p.positionType() == null ? List.of() : byType.getOrDefault(p.positionType().name(), List.of());
    }

    /**
     * @param levels the ASN's levels, any order
     * @return the level that counts for the competency: highest source first, then the latest date
     */
    static int reached(List<CompetencyLevel> levels, String competency) {
        return levels.stream().filter(l -> l.competency().equals(competency))
                .max(Comparator.comparingInt((CompetencyLevel l) -> l.source().weight())
                        .thenComparing(CompetencyLevel::assessedOn))
                .map(CompetencyLevel::level).orElse(0);
    }

    ParticipantNeeds of(Participant p, List<CompetencyLevel> levels, BigDecimal jp, BigDecimal shortfall) {
        return of(p, levels, jp, shortfall, List.of());
    }

    /**
     * The needs of one ASN. A required competency below its level is a gap unless the latest recent programme
     * developing it that has a recorded result ({@code recent}, oldest first) had a good result (learning goal
     * reached, applying at work, as far as recorded) and no level of the competency was assessed on or after its
     * last day: then it is covered. When that latest result stayed below a threshold, the gap stays as "trained,
     * not yet mastered". Training without a recorded result does not count either way.
     */
    ParticipantNeeds of(Participant p, List<CompetencyLevel> levels, BigDecimal jp, BigDecimal shortfall,
            List<PastTraining> recent) {
        List<CompetencyGap> gaps = new ArrayList<>();
        List<CoveredCompetency> covered = new ArrayList<>();
        for (CompetencyRequirement r : requirementsOf(p)) {
            int reached = reached(levels, r.competency());
            if (reached >= r.level()) {
                continue;
            }
            TreeSet<String> developing = programs.getOrDefault(r.competency(), new TreeSet<>());
            PastTraining latest = null;
            for (PastTraining t : recent) {
                if (t.hasResult() && developing.contains(t.programCode())) {
                    latest = t;
                }
            }
            if (latest != null && latest.good() && !assessedSince(levels, r.competency(), latest.lastDay())) {
                covered.add(new CoveredCompetency(r.competency(), r.name(), r.level(), reached, latest));
                continue;
            }
            gaps.add(new CompetencyGap(r.competency(), r.name(), r.level(), reached, List.copyOf(developing),
                    latest != null && !latest.good() ? latest : null));
        }
        gaps.sort(Comparator.comparingInt(CompetencyGap::size).reversed().thenComparing(CompetencyGap::competency));
        covered.sort(Comparator.comparing(CoveredCompetency::competency));
        return new ParticipantNeeds(p.nip(), p.unitCode(), jpDown(jp), jpUp(shortfall), gaps, covered, recent);
    }

    /** Whether a level of the competency was assessed on or after the day (it then says more than the training). */
    private static boolean assessedSince(List<CompetencyLevel> levels, String competency, LocalDate day) {
        return levels.stream().anyMatch(l -> l.competency().equals(competency) && !l.assessedOn().isBefore(day));
    }

    /** JP credited, whole JP only (a half JP does not count yet). */
    static int jpDown(BigDecimal jp) {
        return jp == null ? 0 : jp.setScale(0, RoundingMode.DOWN).intValueExact();
    }

    /** JP missing, a started JP counts as missing (19.5 of 20 is 1 short). */
    static int jpUp(BigDecimal shortfall) {
        return shortfall == null ? 0 : Math.max(0, shortfall.setScale(0, RoundingMode.UP).intValueExact());
    }

    /** Aggregates the ASN of a unit's subtree. */
    static UnitNeeds unit(String unitCode, int year, List<AsnNeeds> asn) {
        Map<String, int[]> sums = new TreeMap<>();
        Map<String, int[]> effects = new TreeMap<>();
        Map<String, CompetencyGap> any = new TreeMap<>();
        int withGaps = 0;
        int below = 0;
        int shortfall = 0;
        for (AsnNeeds a : asn) {
            ParticipantNeeds n = a.needs();
            withGaps += n.gaps().isEmpty() ? 0 : 1;
            below += n.jpShortfall() > 0 ? 1 : 0;
            shortfall += n.jpShortfall();
            for (CompetencyGap g : n.gaps()) {
                int[] s = sums.computeIfAbsent(g.competency(), k -> new int[4]);
                s[0]++;
                s[1] += g.size();
                s[2] = Math.max(s[2], g.size());
                s[3] += g.trainedNotMastered() == null ? 0 : 1;
                any.putIfAbsent(g.competency(), g);
            }
            for (PastTraining t : n.recentTraining()) {
                int[] e = effects.computeIfAbsent(t.programCode(), k -> new int[3]);
                e[0]++;
                e[1] += t.learningGoalReached() == null ? 0 : 1;
                e[2] += Boolean.TRUE.equals(t.learningGoalReached()) ? 1 : 0;
            }
        }
        List<SharedGap> shared = new ArrayList<>();
        sums.forEach((code, s) -> shared.add(new SharedGap(code, any.get(code).name(), s[0], s[1], s[2],
                any.get(code).programCodes(), s[3])));
        List<SharedGap> bySize = new ArrayList<>(shared);
        bySize.sort(Comparator.comparingInt(SharedGap::totalSize).reversed()
                .thenComparing(Comparator.comparingInt(SharedGap::people).reversed())
                .thenComparing(SharedGap::competency));
        List<SharedGap> byPeople = new ArrayList<>(shared);
        byPeople.sort(Comparator.comparingInt(SharedGap::people).reversed()
                .thenComparing(Comparator.comparingInt(SharedGap::totalSize).reversed())
                .thenComparing(SharedGap::competency));
        List<AsnNeeds> ranked = new ArrayList<>(asn);
        ranked.sort(Comparator.comparing(AsnNeeds::needs, LARGEST_FIRST));
        return new UnitNeeds(unitCode, year, asn.size(), withGaps, below, shortfall, bySize, byPeople, ranked,
                effects(shared, effects));
    }

    /** Each programme that addresses a gap, with the unit's completions and learning results of it. */
    private static List<ProgramEffect> effects(List<SharedGap> gaps, Map<String, int[]> byProgram) {
        TreeSet<String> addressing = new TreeSet<>();
        gaps.forEach(g -> addressing.addAll(g.programCodes()));
        List<ProgramEffect> out = new ArrayList<>();
        for (String code : addressing) {
            int[] e = byProgram.getOrDefault(code, new int[3]);
            out.add(new ProgramEffect(code, e[0], e[1], e[2], e[1] == 0 ? null : (double) e[2] / e[1]));
        }
        return out;
    }

    private static String key(String title) {
        return title.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
