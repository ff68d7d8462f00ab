package id.pembina.planning.schedule.shell.internal;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import id.pembina.planning.schedule.api.CandidateSession;
import id.pembina.planning.schedule.api.ScheduleRequest;
import id.pembina.planning.schedule.api.Scheduler;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "schedule-start",
        description = "Mulai menyusun jadwal dari berkas CSV calon sesi / Start scheduling from a CSV of candidate sessions")
public class ScheduleStartCommand implements Action {

    @Reference
    Scheduler scheduler;

    @Reference
    Messages messages;

    @Option(name = "-y", aliases = "--year", required = true, description = "Tahun rencana / Plan year")
    int year;

    @Option(name = "-u", aliases = "--unit", required = true, description = "Unit (beserta subunitnya) / Unit (and below)")
    String unit;

    @Option(name = "-b", aliases = "--budget", description = "Pagu (Rp); tanpa: anggaran perencanaan / Ceiling (Rp); none: the planned budget")
    BigDecimal budget;

    @Option(name = "-t", aliases = "--seconds", description = "Batas waktu solver (detik) / Solver time limit (seconds)")
    Integer seconds;

    @Option(name = "-r", aliases = "--remote", multiValued = true, description = "Unit terpencil / Remote unit")
    List<String> remote;

    @Argument(index = 0, name = "file", required = true,
            description = "CSV: id,program,starts,lengthDays,jp,capacity,cost,mode,location")
    String file;

    @Override
    public Object execute() throws IOException {
        List<CandidateSession> sessions;
        try (Reader r = Files.newBufferedReader(Path.of(file), StandardCharsets.UTF_8)) {
            sessions = Console.run(messages, () -> scheduler.readCandidates(r));
        }
        if (sessions == null) {
            return null;
        }
        Console.printJob(messages, () -> scheduler.start(new ScheduleRequest(year, unit, sessions, List.of(), budget,
                seconds, remote == null ? Set.of() : Set.copyOf(remote))), false);
        return null;
    }
}
