package id.pembina.rest.common.internal;

import org.apache.cxf.Bus;
import org.apache.cxf.message.Exchange;
import org.apache.cxf.message.Message;
import org.apache.cxf.phase.PhaseInterceptorChain;

/**
 * Names the class loader of the application's CXF bus once, so that CXF stops looking for it on every request.
 * Without one, CXF's servlet asks the bus's resource resolvers for a class loader named "" before each request
 * (a lookup in the system class path, under its lock, that never finds one): the JAX-RS requests queued on that
 * lock (JFR: 16 s blocked in {@code ClasspathResolver.resolve} during 30 s of the city benchmark's lists). The
 * loader named is the context class loader the request already runs with (the HTTP whiteboard sets it per
 * servlet context), so CXF keeps setting the loader that was in effect: nothing changes but the lookup.
 */
final class BusClassLoader {

    private BusClassLoader() {
    }

    /** Names the current context class loader on the bus of the request being handled, if it has none yet. */
    static void pin() {
        Message message = PhaseInterceptorChain.getCurrentMessage();
        Exchange exchange = message == null ? null : message.getExchange();
        Bus bus = exchange == null ? null : exchange.getBus();
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        if (bus != null && loader != null && bus.getExtension(ClassLoader.class) == null) {
            bus.setExtension(loader, ClassLoader.class);
        }
    }
}
