package id.pembina.catalog.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.junit.Test;

import id.pembina.catalog.spi.TrainingModule;

public class ModuleTrackerTest {

    /** Records what arrives and on which thread. */
    static final class Recorder implements ModuleSink {
        final List<String> events = new CopyOnWriteArrayList<>();
        final List<Thread> threads = new CopyOnWriteArrayList<>();

        @Override
        public void addModule(TrainingModule module, Map<String, Object> properties) {
            threads.add(Thread.currentThread());
            events.add("+" + properties.get("service.id"));
            if (properties.get("service.id").equals(2L)) {
                throw new IllegalStateException("a failing catalog must not stop the tracker");
            }
        }

        @Override
        public void removeModule(TrainingModule module, Map<String, Object> properties) {
            threads.add(Thread.currentThread());
            events.add("-" + properties.get("service.id"));
        }
    }

    @Test
    public void bindingOnlyQueuesAndEventsReachTheCatalogInOrderOnTheTrackersThread() throws Exception {
        Recorder sink = new Recorder();
        ModuleTracker tracker = new ModuleTracker(sink);
        TrainingModule module = null; // the tracker never looks into the module itself
        tracker.addModule(module, Map.of("service.id", 1L));
        tracker.addModule(module, Map.of("service.id", 2L));
        tracker.addModule(module, Map.of("service.id", 3L));
        tracker.removeModule(module, Map.of("service.id", 1L));
        assertTrue(tracker.awaitIdle(30, TimeUnit.SECONDS));
        assertEquals(List.of("+1", "+2", "+3", "-1"), sink.events);
        sink.threads.forEach(t -> assertNotEquals(Thread.currentThread(), t));
        tracker.deactivate();
        tracker.addModule(module, Map.of("service.id", 4L)); // after deactivation: dropped, no exception
        assertEquals(4, sink.events.size());
    }
}
