package id.pembina.rest.common.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.concurrent.TimeUnit;

/** Karaf's users file as a {@link LoginCache} stamp: any rewrite changes its time, size or file key. */
final class UsersFileStamp {

    private UsersFileStamp() {
    }

    /** @return the stamp, or {@link LoginCache#NO_STAMP} when there is no file to watch */
    static String of(Path usersFile) {
        if (usersFile == null) {
            return LoginCache.NO_STAMP;
        }
        try {
            BasicFileAttributes a = Files.readAttributes(usersFile, BasicFileAttributes.class);
            return "file:" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS) + "/" + a.size() + "/" + a.fileKey();
        } catch (IOException e) {
            return LoginCache.NO_STAMP;
        }
    }
}
