package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import id.pembina.evaluation.api.ParticipantJp;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.Page;
import id.pembina.platform.api.ValidationException;
import id.pembina.registry.shell.completers.UnitCodeCompleter;

/**
 * A page of a unit's participants below the year's minimum JP (as
 * {@code GET /evaluations/units/{code}/jp-below-minimum}).
 */
@Service
@Command(scope = "pembina", name = "unit-below-jp",
        description = "ASN unit di bawah 20 JP setahun / A unit's ASN below 20 JP in a year")
public class UnitBelowJpCommand implements Action {

    @Reference
    EvaluationDataService evaluation;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", description = "Tahun, bawaan tahun ini / Year, this year by default")
    Integer year;

    @Option(name = "--offset", description = "Lewati sekian baris / Rows to skip")
    int offset;

    @Option(name = "--limit", description = "Baris paling banyak (bawaan 50) / Most rows (50 by default)")
    int limit = 50;

    @Argument(index = 0, name = "unit", required = true, description = "Kode unit / Unit code")
    @Completion(UnitCodeCompleter.class)
    String unit;

    @Override
    public Object execute() {
        try {
            Page<ParticipantJp> page = evaluation.belowMinimumJp(unit,
                    year != null ? year : LocalDate.now(Nip.WIB).getYear(), offset, limit);
            ShellTable table = new ShellTable();
            table.column("NIP");
            table.column("Unit");
            table.column("JP");
            table.column("Kurang / Shortfall");
            page.items().forEach(p -> table.addRow().addContent(p.participantId(), p.unitCode(),
                    p.jp().toPlainString(), p.shortfall().toPlainString()));
            table.print(System.out);
            System.out.println(messages.bilingual("evaluation.console.page", page.offset() + 1,
                    page.offset() + page.items().size(), page.total()));
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(messages.bilingual(err)));
        } catch (NotFoundException e) {
            System.err.println(messages.bilingual("evaluation.console.unitNotFound", unit));
        }
        return null;
    }
}
