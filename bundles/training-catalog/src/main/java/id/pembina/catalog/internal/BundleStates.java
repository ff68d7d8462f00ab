package id.pembina.catalog.internal;

import org.osgi.framework.Bundle;

/** Names of OSGi bundle states. */
final class BundleStates {

    private BundleStates() {
    }

    static String name(int state) {
        switch (state) {
            case Bundle.ACTIVE: return "ACTIVE";
            case Bundle.RESOLVED: return "RESOLVED";
            case Bundle.INSTALLED: return "INSTALLED";
            case Bundle.STARTING: return "STARTING";
            case Bundle.STOPPING: return "STOPPING";
            default: return "UNINSTALLED";
        }
    }
}
