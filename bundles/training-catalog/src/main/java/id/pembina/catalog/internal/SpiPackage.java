package id.pembina.catalog.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.Version;

import id.pembina.catalog.spi.TrainingModule;

/** The training-module SPI package as this catalog sees it: its name, version and class loader. */
final class SpiPackage {

    static final String NAME = TrainingModule.class.getPackageName();

    private SpiPackage() {
    }

    /** @return the version the SPI bundle exports (outside a framework: the SPI jar's manifest on the class path) */
    static Version version() {
        Bundle spi = FrameworkUtil.getBundle(TrainingModule.class);
        String exports = spi != null ? spi.getHeaders().get("Export-Package") : classPathExports();
        for (ManifestClauses.Clause c : ManifestClauses.parse(exports)) {
            if (c.path().equals(NAME)) {
                return Version.parseVersion(c.attributes().getOrDefault("version", "0.0.0"));
            }
        }
        throw new IllegalStateException("the SPI bundle does not export " + NAME);
    }

    /** @return the class loader that defines the SPI's classes, the same the catalog uses */
    static ClassLoader loader() {
        return TrainingModule.class.getClassLoader();
    }

    private static String classPathExports() {
        String self = TrainingModule.class.getName().replace('.', '/') + ".class";
        String url = TrainingModule.class.getClassLoader().getResource(self).toString();
        try (InputStream in = new URL(url.substring(0, url.length() - self.length()) + "META-INF/MANIFEST.MF")
                .openStream()) {
            return new Manifest(in).getMainAttributes().getValue("Export-Package");
        } catch (IOException e) {
            throw new IllegalStateException("no manifest beside " + url, e);
        }
    }
}
