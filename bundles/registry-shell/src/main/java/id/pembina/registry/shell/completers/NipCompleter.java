package id.pembina.registry.shell.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.ParticipantRegistry;

/** Completes NIPs of registered participants, the first {@link ParticipantQuery#MAX_LIMIT} by name. */
@Service
public class NipCompleter implements Completer {

    @Reference
    ParticipantRegistry registry;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        registry.search(new ParticipantQuery(null, null, null, true, 0, ParticipantQuery.MAX_LIMIT)).items().stream()
                .map(Participant::nip).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
