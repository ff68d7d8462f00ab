package id.pembina.planning.schedule.shell.internal;

import java.io.PrintStream;
import java.util.function.Supplier;

import id.pembina.planning.schedule.api.ConstraintOutcome;
import id.pembina.planning.schedule.api.Figures;
import id.pembina.planning.schedule.api.Proposal;
import id.pembina.planning.schedule.api.ScheduleJob;
import id.pembina.platform.api.ImportRefusedException;
import id.pembina.platform.api.Messages;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.PembinaException;
import id.pembina.platform.api.ValidationException;
import id.pembina.security.api.AccessDeniedException;

/** What every schedule command shares: refusals in both languages, and a job printed for people. */
final class Console {

    private Console() {
    }

    /** Runs the work; a refusal is printed (Bahasa Indonesia / English) instead of a stack trace. */
    static <T> T run(Messages m, Supplier<T> work) {
        try {
            return work.get();
        } catch (ValidationException e) {
            e.errors().forEach(err -> System.err.println(m.bilingual(err)));
        } catch (ImportRefusedException e) {
            e.result().errors().forEach(r -> System.err.println(r.line() + ": " + m.bilingual(r.error())));
        } catch (AccessDeniedException e) {
            System.err.println(m.bilingual(e.code(), e.args()));
        } catch (NotFoundException e) {
            System.err.println(m.bilingual("scheduleShell.notFound", e.key()));
        } catch (PembinaException | IllegalStateException e) {
            System.err.println(m.bilingual(e.getMessage()));
        }
        return null;
    }

    /** Runs the work as {@link #run} does and prints the job it answers, if any, to standard output. */
    static void printJob(Messages m, Supplier<ScheduleJob> work, boolean explain) {
        ScheduleJob job = run(m, work);
        if (job != null) {
            print(m, job, explain, System.out);
        }
    }

    static void print(Messages m, ScheduleJob j, boolean explain, PrintStream out) {
        out.println(m.bilingual("scheduleShell.job", j.id(), j.unitCode(), Integer.toString(j.year()), j.state().name(), j.percent()));
        if (!j.progress().isEmpty()) {
            out.println(m.bilingual("scheduleShell.best", j.progress().get(j.progress().size() - 1).score(),
                    j.progress().size()));
        }
        out.println(String.format("%-34s %18s %18s", "", "solver", "greedy"));
        Figures s = j.solver() == null ? null : j.solver().figures();
        Figures g = j.greedy() == null ? null : j.greedy().figures();
        row(out, "Orang dgn kekurangan / People short", s == null ? null : s.people(), g == null ? null : g.people());
        row(out, "Mencapai 20 JP / Reaching 20 JP", s == null ? null : s.reaching20Jp(),
                g == null ? null : g.reaching20Jp());
        row(out, "JP diberikan / JP delivered", s == null ? null : s.jpDelivered(), g == null ? null : g.jpDelivered());
        row(out, "Biaya / Cost (Rp)", s == null ? null : s.cost(), g == null ? null : g.cost());
        row(out, "Pelanggaran keras / Hard violations", s == null ? null : s.hardViolations(),
                g == null ? null : g.hardViolations());
        row(out, "Hari-unit kurang petugas / Short", s == null ? null : s.staffingShortUnitDays(),
                g == null ? null : g.staffingShortUnitDays());
        if (explain) {
            explain(m, j.solver(), out);
            explain(m, j.greedy(), out);
        }
    }

    private static void explain(Messages m, Proposal p, PrintStream out) {
        if (p == null) {
            return;
        }
        out.println("-- " + p.source());
        for (ConstraintOutcome o : p.explanation()) {
            out.println((o.held() ? "  [v] " : "  [x] ") + m.bilingual(o.code(), o.args().toArray()) + " (" + o.score()
                    + ")");
        }
    }

    private static void row(PrintStream out, String label, Object solver, Object greedy) {
        out.println(String.format("%-34s %18s %18s", label, solver == null ? "-" : solver, greedy == null ? "-" : greedy));
    }
}
