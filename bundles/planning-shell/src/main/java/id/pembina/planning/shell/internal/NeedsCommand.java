package id.pembina.planning.shell.internal;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.platform.api.Messages;
import id.pembina.planning.api.AsnNeeds;
import id.pembina.planning.api.CompetencyGap;
import id.pembina.planning.api.CoveredCompetency;
import id.pembina.planning.api.ProgramEffect;
import id.pembina.planning.api.NeedsAnalysis;
import id.pembina.planning.api.SharedGap;
import id.pembina.planning.api.UnitNeeds;

/** As {@code GET /planning/needs}: a unit's needs, gaps by size and by people, the largest needs. */
@Service
@Command(scope = "pembina", name = "needs",
        description = "Analisis kebutuhan sebuah unit / Needs analysis of a unit")
public class NeedsCommand implements Action {

    @Reference
    NeedsAnalysis needs;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun / Year (default: this year)")
    Integer year;

    @Option(name = "-n", aliases = "--top", description = "ASN ditampilkan / ASN shown (default 20)")
    int top = 20;

    @Argument(index = 0, name = "unit", required = true, description = "Kode unit / Unit code")
    String unit;

    @Override
    public Object execute() throws Exception {
        return Console.run(messages, () -> {
            UnitNeeds u = needs.unit(Console.year(year), unit);
            System.out.println(messages.bilingual("planning.console.needs", u.unitCode(), u.year(), u.people(),
                    u.withGaps(), u.belowMinimumJp(), u.jpShortfall()));
            System.out.println(messages.bilingual("planning.console.trainedMark"));
            System.out.println(messages.bilingual("planning.console.bySize"));
            u.gapsBySize().forEach(g -> System.out.println("  " + gap(g)));
            System.out.println(messages.bilingual("planning.console.byPeople"));
            u.gapsByPeople().forEach(g -> System.out.println("  " + gap(g)));
            System.out.println(messages.bilingual("planning.console.programs"));
            for (ProgramEffect p : u.programs()) {
                System.out.println("  " + p.programCode() + "  " + messages.bilingual("planning.console.effect",
                        p.completions(), p.withResult(), p.reachedGoal(), p.share() == null ? "-"
                                : Math.round(p.share() * 100) + "%"));
            }
            System.out.println(messages.bilingual("planning.console.largest"));
            for (AsnNeeds a : u.participants().subList(0, Math.min(top, u.participants().size()))) {
                StringBuilder b = new StringBuilder("  " + a.needs().nip() + "  " + a.name() + "  JP "
                        + a.needs().jpThisYear() + " (-" + a.needs().jpShortfall() + ")");
                for (CompetencyGap g : a.needs().gaps()) {
                    b.append("  ").append(g.competency()).append(' ').append(g.reached()).append('/').append(g.required())
                            .append(g.trainedNotMastered() == null ? "" : "*");
                }
                for (CoveredCompetency c : a.needs().covered()) {
                    b.append("  (").append(c.competency()).append(' ').append(c.training().programCode()).append(')');
                }
                System.out.println(b);
            }
            return null;
        });
    }

    private static String gap(SharedGap g) {
        return g.competency() + "  " + g.name() + "  people=" + g.people() + " size=" + g.totalSize() + " max="
                + g.largest() + " trained=" + g.trainedNotMastered() + (g.programCodes().isEmpty() ? "" : "  " + String.join(",", g.programCodes()));
    }
}
