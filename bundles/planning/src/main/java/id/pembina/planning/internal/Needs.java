package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
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
import id.pembina.planning.api.ParticipantNeeds;
import id.pembina.planning.api.ProgramCompetency;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;

/**
 * The needs arithmetic, without storage: which requirements apply to a position (its title's own, else its
 * type's fallback), which level counts as reached (the latest ASSESSMENT, else the latest SUPERVISOR rating,
 * else the latest SELF assessment, else 0), the gaps (required minus reached, when positive), and the ranking
 * and aggregation per unit.
 */
final class Needs {

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
        List<CompetencyGap> gaps = new ArrayList<>();
        for (CompetencyRequirement r : requirementsOf(p)) {
            int reached = reached(levels, r.competency());
            if (reached < r.level()) {
                gaps.add(new CompetencyGap(r.competency(), r.name(), r.level(), reached,
                        List.copyOf(programs.getOrDefault(r.competency(), new TreeSet<>()))));
            }
        }
        gaps.sort(Comparator.comparingInt(CompetencyGap::size).reversed().thenComparing(CompetencyGap::competency));
        return new ParticipantNeeds(p.nip(), p.unitCode(), jpDown(jp), jpUp(shortfall), gaps);
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
                int[] s = sums.computeIfAbsent(g.competency(), k -> new int[3]);
                s[0]++;
                s[1] += g.size();
                s[2] = Math.max(s[2], g.size());
                any.putIfAbsent(g.competency(), g);
            }
        }
        List<SharedGap> shared = new ArrayList<>();
        sums.forEach((code, s) -> shared.add(new SharedGap(code, any.get(code).name(), s[0], s[1], s[2],
                any.get(code).programCodes())));
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
        return new UnitNeeds(unitCode, year, asn.size(), withGaps, below, shortfall, bySize, byPeople, ranked);
    }

    private static String key(String title) {
        return title.strip().toLowerCase(java.util.Locale.ROOT);
    }
}
