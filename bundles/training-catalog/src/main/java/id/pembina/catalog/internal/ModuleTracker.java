package id.pembina.catalog.internal;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import id.pembina.catalog.spi.TrainingModule;

/**
 * The whiteboard of training modules: every {@link TrainingModule} service, as it comes and goes
 * (dynamic, multiple, greedy, so a better or newer module is taken at once). Binding only queues
 * the event; one thread of the tracker's own hands the events, in order, to the catalog
 * ({@link ModuleSink}), which may then read the module and write to the database without holding
 * up the OSGi framework thread that registered the service.
 */
@Component(immediate = true)
public class ModuleTracker {

    private static final Logger LOG = LoggerFactory.getLogger(ModuleTracker.class);

    private final ModuleSink sink;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "pembina-module-tracker");
        t.setDaemon(true);
        return t;
    });

    @Activate
    public ModuleTracker(@Reference ModuleSink sink) {
        this.sink = sink;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addModule(TrainingModule module, Map<String, Object> properties) {
        submit(() -> sink.addModule(module, properties));
    }

    void removeModule(TrainingModule module, Map<String, Object> properties) {
        submit(() -> sink.removeModule(module, properties));
    }

    private void submit(Runnable event) {
        try {
            worker.execute(() -> {
                try {
                    event.run();
                } catch (RuntimeException e) {
                    LOG.error("Handing a training module to the catalog failed", e);
                }
            });
        } catch (RejectedExecutionException e) {
            LOG.debug("Module event after the tracker stopped; the catalog is gone with it");
        }
    }

    /** @return true when every event queued so far has been handed over (for tests) */
    boolean awaitIdle(long timeout, TimeUnit unit) throws InterruptedException {
        var done = new java.util.concurrent.CountDownLatch(1);
        submit(done::countDown);
        return done.await(timeout, unit);
    }

    @Deactivate
    void deactivate() {
        worker.shutdownNow();
    }
}
