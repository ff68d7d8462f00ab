package id.pembina.persistence.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.List;

import liquibase.resource.AbstractResource;
import liquibase.resource.AbstractResourceAccessor;
import liquibase.resource.Resource;

/**
 * Reads change logs through the owner bundle's class loader. Liquibase's own class-path
 * accessor walks class-path roots, which a bundle class loader does not have; a change log
 * here is always named exactly, so a direct look-up is all that is needed.
 */
final class ChangeLogResources extends AbstractResourceAccessor {

    private final ClassLoader loader;

    ChangeLogResources(ClassLoader loader) {
        this.loader = loader;
    }

    @Override
    public List<Resource> search(String path, boolean recursive) {
        return List.of();
    }

    @Override
    public List<Resource> getAll(String path) {
        String name = normalise(path);
        if (loader.getResource(name) == null) {
            return null;
        }
        return List.of(new LoaderResource(name));
    }

    @Override
    public List<String> describeLocations() {
        return List.of(loader.toString());
    }

    @Override
    public void close() {
        // nothing to release
    }

    private static String normalise(String path) {
        String p = path.replace('\\', '/');
        while (p.startsWith("/")) {
            p = p.substring(1);
        }
        return p.startsWith("classpath:") ? normalise(p.substring("classpath:".length())) : p;
    }

    private final class LoaderResource extends AbstractResource {
        LoaderResource(String path) {
            super(path, URI.create("classpath:" + path.replace(" ", "%20")));
        }

        @Override
        public InputStream openInputStream() throws IOException {
            InputStream in = loader.getResourceAsStream(getPath());
            if (in == null) {
                throw new IOException("Change log not found: " + getPath());
            }
            return in;
        }

        @Override
        public boolean exists() {
            return loader.getResource(getPath()) != null;
        }

        @Override
        public Resource resolve(String other) {
            return new LoaderResource(normalise(resolvePath(other)));
        }

        @Override
        public Resource resolveSibling(String other) {
            return new LoaderResource(normalise(resolveSiblingPath(other)));
        }
    }
}
