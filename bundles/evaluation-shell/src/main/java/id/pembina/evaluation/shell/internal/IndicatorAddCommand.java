package id.pembina.evaluation.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.IndicatorEntry;
import id.pembina.evaluation.data.api.IndicatorPhase;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/** One value of a unit's results indicator for a period, before or after (as {@code POST /indicators}, level 4). */
@Service
@Command(scope = "pembina", name = "indicator-add",
        description = "Catat nilai indikator hasil unit (level 4) / Record a unit's results-indicator value (level 4)")
public class IndicatorAddCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Option(name = "-u", aliases = "--unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Option(name = "-p", aliases = "--program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Option(name = "-i", aliases = "--indicator", required = true, description = "ID indikator hasil / Results indicator id")
    String indicator;

    @Option(name = "--phase", required = true, description = "BEFORE, AFTER")
    @Completion(value = StringsCompleter.class, values = { "BEFORE", "AFTER" })
    String phase;

    @Option(name = "-c", aliases = "--comparison", description = "Unit pembanding (DiD) / Comparison unit (DiD)")
    boolean comparison;

    @Argument(index = 0, name = "period", required = true, description = "Periode, mis. 2026-03 / Period, e.g. 2026-03")
    String period;

    @Argument(index = 1, name = "value", required = true, description = "Nilai / Value")
    String value;

    @Override
    public Object execute() {
        try {
            IndicatorEntry e = evaluation.recordIndicators(List.of(entry())).get(0);
            System.out.println(messages.bilingual("evaluation.console.indicatorAdded", e.unitCode(), e.indicatorId(),
                    e.period(), e.phase(), e.value().toPlainString()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (ConflictException e) {
            System.err.println(messages.bilingual("evaluation.console.indicatorTaken", unit, indicator, period, phase));
        }
        return null;
    }

    /** @throws ValidationException for a phase or value that cannot be read */
    IndicatorEntry entry() {
        return new IndicatorEntry(unit, program, indicator, period, Amounts.parse("value", value),
                Enums.parse("phase", IndicatorPhase.class, phase), comparison);
    }
}
