package id.pembina.forms.internal;

import java.io.IOException;
import java.nio.file.Path;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

/**
 * The link signer of this server, with the key of {@code <karaf.data>/pembina/forms-secret} (made on first
 * start, owner-only). A service inside this bundle, shared by the links and the pages.
 */
@Component(immediate = true, service = FormsKeys.class)
public class FormsKeys {

    private final LinkSigner signer;

    @Activate
    public FormsKeys() throws IOException {
        Path file = Path.of(System.getProperty("karaf.data", "data"), "pembina", "forms-secret");
        signer = new LinkSigner(SecretFile.readOrCreate(file));
    }

    LinkSigner signer() {
        return signer;
    }
}
