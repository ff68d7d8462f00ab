package id.pembina.persistence.internal;

import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;

import id.pembina.persistence.api.SchemaMigrationException;
import id.pembina.persistence.api.SchemaMigrator;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.ui.LoggerUIService;

/** Applies change logs with the Liquibase embedded in this bundle. */
@Component(immediate = true, service = SchemaMigrator.class)
public final class LiquibaseSchemaMigrator implements SchemaMigrator {

    @Override
    public int migrate(DataSource dataSource, String changeLog, ClassLoader resources) {
        ClassLoader own = LiquibaseSchemaMigrator.class.getClassLoader();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // Liquibase finds its extensions with ServiceLoader on the context class loader.
        thread.setContextClassLoader(own);
        try (Connection connection = dataSource.getConnection()) {
            InstallationMarker.refuseLostDatabase(connection);
            ChangeLogResources accessor = new ChangeLogResources(resources);
            Map<String, Object> scope = new HashMap<>();
            scope.put(Scope.Attr.classLoader.name(), own);
            scope.put(Scope.Attr.resourceAccessor.name(), accessor);
            scope.put("liquibase.analytics.enabled", Boolean.FALSE);
            scope.put("liquibase.showBanner", Boolean.FALSE);
            // Progress and summaries go to the log, not to the server's standard output.
            scope.put(Scope.Attr.ui.name(), new LoggerUIService());
            scope.put("liquibase.command.showSummaryOutput", liquibase.UpdateSummaryOutputEnum.LOG);
            return Scope.child(scope, () -> {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                @SuppressWarnings("deprecation")
                Liquibase liquibase = new Liquibase(changeLog, accessor, database);
                int pending = liquibase.listUnrunChangeSets(new Contexts(), new LabelExpression()).size();
                if (pending > 0) {
                    liquibase.update(new Contexts(), new LabelExpression());
                }
                InstallationMarker.created();
                return pending;
            });
        } catch (SchemaMigrationException e) {
            throw e;
        } catch (Exception e) {
            throw new SchemaMigrationException("Migration of " + changeLog + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(previous);
        }
    }
}
