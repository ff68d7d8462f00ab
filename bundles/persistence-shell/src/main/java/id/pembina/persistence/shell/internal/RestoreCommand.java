package id.pembina.persistence.shell.internal;

import java.nio.file.Path;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import id.pembina.persistence.api.DatabaseBackup;
import id.pembina.platform.api.Messages;

@Service
@Command(scope = "pembina", name = "restore", description = "Pulihkan seluruh basis data dari berkas cadangan (H2; admin) / Restore the whole database from a backup file (H2; admin)")
public class RestoreCommand implements Action {

    @Reference
    DatabaseBackup database;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "file", required = true, description = "Berkas cadangan / Backup file")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        DatabaseBackup.Summary s;
        try {
            s = database.restore(Path.of(file));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            System.err.println(messages.bilingual("database.console.refused", e.getMessage()));
            return null;
        }
        System.out.println(messages.bilingual("database.console.restored", s.file(), s.tables(), s.rows()));
        return null;
    }
}
