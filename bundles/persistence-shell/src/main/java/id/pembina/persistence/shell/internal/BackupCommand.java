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
@Command(scope = "pembina", name = "backup", description = "Cadangkan seluruh basis data ke satu berkas (H2, daring; admin) / Back up the whole database into one file (H2, online; admin)")
public class BackupCommand implements Action {

    @Reference
    DatabaseBackup database;

    @Reference
    Messages messages;

    @Argument(index = 0, name = "file", required = true, description = "Berkas cadangan yang ditulis / Backup file to write")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        DatabaseBackup.Summary s;
        try {
            s = database.backup(Path.of(file));
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            System.err.println(messages.bilingual("database.console.refused", e.getMessage()));
            return null;
        }
        System.out.println(messages.bilingual("database.console.backedUp", s.file(), s.tables(), s.rows()));
        return null;
    }
}
