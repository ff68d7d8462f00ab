package id.pembina.catalog.shell.completers;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.catalog.api.CatalogService;
import id.pembina.catalog.api.Program;

/** Completes codes of the programmes on offer. */
@Service
public class ProgramCodeCompleter implements Completer {

    @Reference
    CatalogService catalog;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        catalog.programs().stream().map(Program::code).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
