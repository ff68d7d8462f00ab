package id.pembina.persistence.internal;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.Test;

import liquibase.ChecksumVersion;
import liquibase.change.CheckSum;
import liquibase.changelog.ChangeLogParameters;
import liquibase.changelog.ChangeSet;
import liquibase.changelog.DatabaseChangeLog;
import liquibase.parser.ChangeLogParserFactory;
import liquibase.resource.DirectoryResourceAccessor;

/**
 * Every bundle's change sets against {@code released-changesets.txt}: a change set that databases have run must
 * keep its checksum (or accept the old one with {@code --validCheckSum:}), else Liquibase refuses to migrate them
 * and the bundle does not start after an upgrade. Session 6 broke this once: notes appended after a released
 * change set became part of its text.
 */
public class ReleasedChangeSetsTest {

    private static final Path BUNDLES = Paths.get("").toAbsolutePath().getParent();
    private static final String LOCK = "released-changesets.txt";

    /** The change sets of every bundle's {@code src/main/resources/db/*.sql}, keyed "bundle/db/file.sql id". */
    private static Map<String, ChangeSet> current() throws Exception {
        Map<String, ChangeSet> out = new LinkedHashMap<>();
        List<Path> logs;
        try (Stream<Path> s = Files.list(BUNDLES)) {
            logs = s.map(b -> b.resolve("src/main/resources/db")).filter(Files::isDirectory)
                    .flatMap(ReleasedChangeSetsTest::sqlFiles).sorted().toList();
        }
        for (Path log : logs) {
            Path resources = log.getParent().getParent();
            String name = "db/" + log.getFileName();
            DirectoryResourceAccessor files = new DirectoryResourceAccessor(resources);
            DatabaseChangeLog parsed = ChangeLogParserFactory.getInstance().getParser(name, files)
                    .parse(name, new ChangeLogParameters(), files);
            String bundle = BUNDLES.relativize(resources).getName(0).toString();
            for (ChangeSet cs : parsed.getChangeSets()) {
                out.put(bundle + "/" + name + " " + cs.getAuthor() + ":" + cs.getId(), cs);
            }
        }
        return out;
    }

    private static Stream<Path> sqlFiles(Path dir) {
        try {
            return Files.list(dir).filter(p -> p.toString().endsWith(".sql")).toList().stream();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> locked() throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        try (var in = ReleasedChangeSetsTest.class.getClassLoader().getResourceAsStream(LOCK)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    int last = line.lastIndexOf(' ');
                    out.put(line.substring(0, last), line.substring(last + 1));
                }
            }
        }
        return out;
    }

    @Test
    public void releasedChangeSetsKeepTheirChecksums() throws Exception {
        Map<String, ChangeSet> now = current();
        List<String> broken = new ArrayList<>();
        locked().forEach((key, sum) -> {
            ChangeSet cs = now.get(key);
            if (cs == null) {
                broken.add(key + ": removed (databases have run it)");
                return;
            }
            CheckSum was = CheckSum.parse(sum);
            if (!cs.generateCheckSum(ChecksumVersion.latest()).equals(was) && !cs.getValidCheckSums().contains(was)) {
                broken.add(key + ": checksum " + sum + " is now " + cs.generateCheckSum(ChecksumVersion.latest())
                        + " (restore its text, or add --validCheckSum: " + sum + " when the change is harmless)");
            }
        });
        assertEquals("released change sets changed:\n" + String.join("\n", broken), List.of(), broken);
    }

    @Test
    public void everyChangeSetIsRecorded() throws Exception {
        Map<String, String> locked = locked();
        List<String> missing = new ArrayList<>();
        current().forEach((key, cs) -> {
            if (!locked.containsKey(key)) {
                missing.add(key + " " + cs.generateCheckSum(ChecksumVersion.latest()));
            }
        });
        assertTrue("new change sets: add these lines to bundles/persistence/src/test/resources/" + LOCK + "\n"
                + String.join("\n", missing), missing.isEmpty());
    }

    /**
     * Databases made by the builds of sessions 5 and 6 (their texts of the scheduling change log, kept under
     * {@code released-texts/}) migrate with today's: every change set they ran is accepted by its checksum or a
     * {@code --validCheckSum:}. Session 6 had appended notes to two change sets; the session-5 text was refused.
     */
    @Test
    public void databasesOfEarlierReleasesAreAccepted() throws Exception {
        Map<String, ChangeSet> now = current();
        for (String release : List.of("session5", "session6")) {
            Path resources = Paths.get(ReleasedChangeSetsTest.class.getClassLoader()
                    .getResource("released-texts/" + release + "/db/planning-schedule.sql").toURI())
                    .getParent().getParent();
            DirectoryResourceAccessor files = new DirectoryResourceAccessor(resources);
            DatabaseChangeLog old = ChangeLogParserFactory.getInstance().getParser("db/planning-schedule.sql", files)
                    .parse("db/planning-schedule.sql", new ChangeLogParameters(), files);
            assertTrue(release, old.getChangeSets().size() >= 3);
            for (ChangeSet was : old.getChangeSets()) {
                ChangeSet is = now.get("planning-schedule/db/planning-schedule.sql " + was.getAuthor() + ":"
                        + was.getId());
                CheckSum recorded = was.generateCheckSum(ChecksumVersion.latest());
                assertTrue(release + " " + was.getId() + " " + recorded, is != null
                        && (is.generateCheckSum(ChecksumVersion.latest()).equals(recorded)
                                || is.getValidCheckSums().contains(recorded)));
            }
        }
        // The session-5 text is today's; session 6's changed two change sets, accepted by their old checksums only.
        ChangeSet staffing = now.get("planning-schedule/db/planning-schedule.sql pembina:schedule-1-staffing");
        assertEquals(CheckSum.parse("9:a187a524ed0c424d92ebf559fa7f929a"),
                staffing.generateCheckSum(ChecksumVersion.latest()));
        assertEquals(java.util.Set.of(CheckSum.parse("9:0107232bbf7e9aa38b787a825687eec6")), java.util.Set.copyOf(staffing.getValidCheckSums()));
    }
}
