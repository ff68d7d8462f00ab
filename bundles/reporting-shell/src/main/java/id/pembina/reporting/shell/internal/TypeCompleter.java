package id.pembina.reporting.shell.internal;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import id.pembina.reporting.api.ReportTypeInfo;
import id.pembina.reporting.api.Reports;

/** Completes the report types registered now. */
@Service
public class TypeCompleter implements Completer {

    @Reference
    Reports reports;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter delegate = new StringsCompleter();
        reports.types(null).stream().map(ReportTypeInfo::id).forEach(delegate.getStrings()::add);
        return delegate.complete(session, commandLine, candidates);
    }
}
