package id.pembina.platform.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.wiring.BundleWiring;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.util.tracker.BundleTracker;

import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.MessageSource;
import id.pembina.platform.api.Messages;

/**
 * The {@link Messages} service. Its texts come from two places, both dynamic:
 * <ul>
 * <li>every bundle whose manifest names its resource bundles in the header
 * {@value #HEADER} (an extender: a bundle brings its texts when it starts and takes them away
 * when it stops, with no code of its own);</li>
 * <li>every {@link MessageSource} service (a whiteboard, for texts that are not properties files).</li>
 * </ul>
 */
@Component(immediate = true, service = Messages.class)
public class MessageRegistry implements Messages {

    /** Manifest header: comma-separated base names of a bundle's resource bundles. */
    public static final String HEADER = "Pembina-Messages";

    private final CopyOnWriteArrayList<MessageSource> sources = new CopyOnWriteArrayList<>();
    private final BundleTracker<List<MessageSource>> bundles;

    @Activate
    public MessageRegistry(BundleContext context) {
        sources.add(BundleMessages.PLATFORM);
        bundles = new BundleTracker<>(context, Bundle.STARTING | Bundle.ACTIVE, null) {
            @Override
            public List<MessageSource> addingBundle(Bundle bundle, BundleEvent event) {
                String header = bundle.getHeaders("").get(HEADER);
                BundleWiring wiring = bundle.adapt(BundleWiring.class);
                if (header == null || wiring == null) {
                    return null;
                }
                List<MessageSource> added = new ArrayList<>();
                for (String base : header.split(",")) {
                    if (!base.isBlank()) {
                        added.add(new BundleMessages(base.strip(), wiring.getClassLoader()));
                    }
                }
                sources.addAll(added);
                return added;
            }

            @Override
            public void removedBundle(Bundle bundle, BundleEvent event, List<MessageSource> added) {
                sources.removeAll(added);
            }
        };
        bundles.open();
    }

    @Deactivate
    void deactivate() {
        bundles.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(MessageSource source) {
        sources.add(source);
    }

    void removeSource(MessageSource source) {
        sources.remove(source);
    }

    @Override
    public String text(Locale locale, String code, Object... args) {
        for (MessageSource s : sources) {
            String t = s.text(locale, code, args);
            if (t != null) {
                return t;
            }
        }
        return code;
    }
}
