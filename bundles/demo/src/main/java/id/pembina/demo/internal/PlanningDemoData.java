package id.pembina.demo.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import id.pembina.participant.api.Participant;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.planning.api.PlanDraft;
import id.pembina.planning.api.PlannedSession;

/**
 * The demo's planning figures besides the standards, computed from the registry's Marelan staff (active, by NIP):
 * assessed levels, the year's budget and one plan draft in two versions. Pure: {@link PlanningDemoFigures} stores
 * them.
 * <p>
 * Levels: the i-th person (0-based) is assessed on every competency their position type requires
 * ({@link PlanningDemo#REQUIREMENTS}) by i mod 10: 0 an ASSESSMENT (1 September 2025), 3, 7, 8 themselves (SELF,
 * 15 November 2025), 1, 2, 5, 6 their SUPERVISOR (1 October 2026, after the demo's 2026 sessions: such a gap stays
 * whatever the training's result), 4 and 9 not at all. The level of the k-th requirement is the required level minus
 * (i + k) mod 3, at least 0: a third met, a third 1 short, a third 2 short. The dates are those of the demo's
 * training year ({@link MarelanEvaluationDemo#YEAR}), so that earlier levels meet the training's results.
 */
final class PlanningDemoData {

    static final String PLAN = "Rencana Pengembangan Kompetensi Kecamatan Medan Marelan";

    private PlanningDemoData() {
    }

    /** The staff as the levels and the plan take them: active, by NIP. */
    static List<Participant> staff(List<Participant> members) {
        return members.stream().filter(Participant::isActive)
                .sorted(Comparator.comparing(Participant::nip)).toList();
    }

    /** @return the levels CSV ({@code nip,competency,level,source,assessedOn}) */
    static String levels(List<Participant> staff) {
        int year = MarelanEvaluationDemo.YEAR;
        Map<String, List<String[]>> byType = requirements();
        StringBuilder csv = new StringBuilder("nip,competency,level,source,assessedOn\n");
        for (int i = 0; i < staff.size(); i++) {
            Participant p = staff.get(i);
            String source = switch (i % 10) {
                case 0 -> "ASSESSMENT," + LocalDate.of(year - 1, 9, 1);
                case 1, 2, 5, 6 -> "SUPERVISOR," + LocalDate.of(year, 10, 1);
                case 3, 7, 8 -> "SELF," + LocalDate.of(year - 1, 11, 15);
                default -> null;
            };
            List<String[]> required = p.positionType() == null ? List.of()
                    : byType.getOrDefault(p.positionType().name(), List.of());
            for (int k = 0; source != null && k < required.size(); k++) {
                int level = Math.max(0, Integer.parseInt(required.get(k)[1]) - (i + k) % 3);
                csv.append(p.nip()).append(',').append(required.get(k)[0]).append(',').append(level).append(',')
                        .append(source).append('\n');
            }
        }
        return csv.toString();
    }

    /** The agency's budget of the year: Rp 140,000,000 over the six cost categories. */
    static Budget budget(int year) {
        return new Budget(year, null, List.of(line("HONORARIA", 60_000_000), line("VENUE", 15_000_000),
                line("CONSUMPTION", 30_000_000), line("MATERIALS", 10_000_000), line("TRANSPORT", 20_000_000),
                line("OTHER", 5_000_000)));
    }

    /**
     * Version 1: KOM-PELAYANAN in class on 6-7 October for staff 0-19 (25 seats, Rp 12,500,000) and ETIKA-ASN
     * blended on 10 November for staff 20-34 (20 seats, Rp 6,000,000). Version 2: the first line at Rp 11,000,000
     * and TI-PELAYANAN online on 1-2 December for staff 35-59 (30 seats, Rp 3,000,000) added: 60 participants,
     * Rp 20,000,000. Fewer staff: the lines take who there is.
     */
    static List<PlanDraft> drafts(List<Participant> staff, int year, String unitCode) {
        PlannedSession kom = session("KOM-PELAYANAN", LocalDate.of(year, 10, 6), LocalDate.of(year, 10, 7),
                "CLASSROOM", 25, 12_500_000, staff, 0, 20);
        PlannedSession etika = session("ETIKA-ASN", LocalDate.of(year, 11, 10), LocalDate.of(year, 11, 10), "BLENDED",
                20, 6_000_000, staff, 20, 35);
        PlannedSession cheaper = new PlannedSession(kom.programCode(), kom.start(), kom.end(), kom.deliveryMode(),
                kom.capacity(), new BigDecimal("11000000"), kom.participantNips());
        PlannedSession ti = session("TI-PELAYANAN", LocalDate.of(year, 12, 1), LocalDate.of(year, 12, 2), "ONLINE", 30,
                3_000_000, staff, 35, 60);
        String source = "manual";
        return List.of(new PlanDraft(year, unitCode, PLAN + " " + year, source, List.of(kom, etika)),
                new PlanDraft(year, unitCode, PLAN + " " + year, source, List.of(cheaper, etika, ti)));
    }

    private static PlannedSession session(String program, LocalDate start, LocalDate end, String mode, int seats,
            long cost, List<Participant> staff, int from, int to) {
        List<String> nips = staff.subList(Math.min(from, staff.size()), Math.min(to, staff.size())).stream()
                .map(Participant::nip).toList();
        return new PlannedSession(program, start, end, mode, seats, BigDecimal.valueOf(cost), nips);
    }

    private static BudgetLine line(String category, long rupiah) {
        return new BudgetLine(category, BigDecimal.valueOf(rupiah));
    }

    /** Position type to [competency, level] in the order of {@link PlanningDemo#REQUIREMENTS}. */
    private static Map<String, List<String[]>> requirements() {
        Map<String, List<String[]>> out = new LinkedHashMap<>();
        for (String line : PlanningDemo.REQUIREMENTS.strip().split("\n")) {
            String[] c = line.strip().split(",", -1);
            if (c.length == 5 && !c[0].equals("positionTitle")) {
                out.computeIfAbsent(c[1], k -> new ArrayList<>()).add(new String[] {c[2], c[4]});
            }
        }
        return out;
    }
}
