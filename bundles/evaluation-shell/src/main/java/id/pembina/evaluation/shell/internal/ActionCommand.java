package id.pembina.evaluation.shell.internal;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.catalog.shell.completers.ProgramCodeCompleter;
import id.pembina.evaluation.data.api.ActionInput;
import id.pembina.evaluation.data.api.ActionStatus;
import id.pembina.evaluation.data.api.FollowThrough;
import id.pembina.evaluation.data.api.ProgramAction;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/**
 * Adds a follow-through action to a programme, or with {@code --id} changes one (only the options given change):
 * as {@code POST /follow-through/programs/{code}/actions} and {@code PUT /follow-through/actions/{id}}.
 */
@Service
@Command(scope = "pembina", name = "action",
        description = "Tambah atau ubah tindak lanjut program / Add or change a programme's follow-through action")
public class ActionCommand implements Action {

    @Reference
    FollowThrough followThrough;

    @Reference
    Messages messages;

    @Option(name = "--id", description = "Ubah tindakan ini / Change this action")
    Long id;

    @Option(name = "-t", aliases = "--text", description = "Apa yang dilakukan / What is done")
    String text;

    @Option(name = "-o", aliases = "--owner", description = "Penanggung jawab / Owner")
    String owner;

    @Option(name = "-d", aliases = "--due", description = "Tenggat (YYYY-MM-DD) / Due")
    String due;

    @Option(name = "-s", aliases = "--status", description = "OPEN, IN_PROGRESS, DONE")
    String status;

    @Option(name = "-r", aliases = "--recommendation", description = "Jenis rekomendasi / Recommendation kind")
    String recommendation;

    @Argument(index = 0, name = "program", required = true, description = "Kode program / Programme code")
    @Completion(ProgramCodeCompleter.class)
    String program;

    @Override
    public Object execute() throws Exception {
        Refusals.print(messages, () -> {
            ProgramAction a = id == null ? followThrough.addAction(program, input(null))
                    : followThrough.updateAction(id, input(followThrough.actions(program).stream()
                            .filter(x -> x.id() == id).findFirst()
                            .orElseThrow(() -> new NotFoundException("action " + id))));
            System.out.println(line(a));
        });
        return null;
    }

    /** The options over {@code old} (null: a new action). */
    ActionInput input(ProgramAction old) {
        LocalDate d;
        try {
            d = due == null ? old == null ? null : old.due() : LocalDate.parse(due);
        } catch (java.time.format.DateTimeParseException e) {
            throw new ValidationException(FieldError.of("due", "invalidDate", due));
        }
        return new ActionInput(recommendation != null ? recommendation : old == null ? null : old.recommendation(),
                text != null ? text : old == null ? null : old.text(),
                status != null ? Enums.parse("status", ActionStatus.class, status) : old == null ? null : old.status(),
                owner != null ? owner : old == null ? null : old.owner(), d);
    }

    /** {@code #3 [DONE] Kasubbag Umum, 2027-03-31 (LOW_GAIN): text} */
    static String line(ProgramAction a) {
        return "#" + a.id() + " [" + a.status() + "] " + a.owner() + ", " + (a.due() == null ? "-" : a.due())
                + (a.recommendation() == null ? "" : " (" + a.recommendation() + ")") + ": " + a.text();
    }
}
