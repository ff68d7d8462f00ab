package id.pembina.participant.internal;

import org.junit.Rule;
import id.pembina.persistence.testing.AsCaller;
import id.pembina.persistence.testing.TestDatabase;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

import id.pembina.platform.api.ConflictException;
import id.pembina.participant.api.Education;
import id.pembina.platform.api.FieldError;
import id.pembina.participant.api.Gender;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.participant.api.Nip;
import id.pembina.platform.api.NotFoundException;
import id.pembina.participant.api.OrganizationUnit;
import id.pembina.platform.api.Page;
import id.pembina.participant.api.Participant;
import id.pembina.participant.api.ParticipantChange;
import id.pembina.participant.api.ParticipantQuery;
import id.pembina.participant.api.PositionType;
import id.pembina.participant.api.Rank;
import id.pembina.platform.api.ValidationException;
import id.pembina.persistence.internal.LiquibaseSchemaMigrator;

/** The registry against a fresh H2 database and a fresh PostgreSQL schema per test. */
@RunWith(Parameterized.class)
public class RegistryServiceTest {

    /** The services refuse work without a caller: these tests work as training staff. */
    @Rule
    public final AsCaller caller = AsCaller.operator();

    @Parameters(name = "{0}")
    public static List<Object[]> databases() {
        return List.of(new Object[] {"H2"}, new Object[] {"PostgreSQL"});
    }

    @Parameter
    public String database;

    /** 2026-11-27 10:00 in Jakarta. */
    private static final Instant NOW = ZonedDateTime.of(2026, 11, 27, 10, 0, 0, 0, Nip.WIB).toInstant();
    private static final Clock CLOCK = Clock.fixed(NOW, Nip.WIB);

    // Valid NIPs as of the clock above.
    private static final String NIP_BUDI = "198609262015051001";   // male, born 1986-09-26
    private static final String NIP_SITI = "199003152019032002";   // female, born 1990-03-15
    private static final String NIP_RUDI = "197512012000121003";   // male, born 1975-12-01
    private static final String NIP_DEWI = "199507072020122001";   // female, born 1995-07-07
    private static final String NIP_EKO = "198801012010011002";    // male, born 1988-01-01

    private static final String KEC = "KEC-MEDAN-MARELAN";
    private static final String KEL_LD = "KEL-LABUHAN-DELI";
    private static final String KEL_RP = "KEL-RENGAS-PULAU";

    private static final String CSV_HEADER = "nip,name,unitCode,positionTitle,positionType,rank,education,supervisorNip";

    private TestDatabase db;
    private RegistryService registry;

    @Before
    public void setUp() throws Exception {
        db = TestDatabase.open(database);
        registry = new RegistryService(db.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
        registry.createUnit(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null));
        registry.createUnit(new OrganizationUnit(KEL_LD, "Kantor Lurah Labuhan Deli", KEC));
        registry.createUnit(new OrganizationUnit(KEL_RP, "Kantor Lurah Rengas Pulau", KEC));
    }

    @After
    public void tearDown() throws Exception {
        if (db != null) {
            db.close();
        }
    }

    private static Participant person(String nip, String name, String unit, Rank rank) {
        return new Participant(nip, name, null, null, unit, "Pengadministrasi Umum", PositionType.PELAKSANA, rank,
                Education.SMA, null, null);
    }

    private static Participant withSupervisor(Participant p, String supervisorNip) {
        return new Participant(p.nip(), p.name(), p.gender(), p.birthDate(), p.unitCode(), p.positionTitle(),
                p.positionType(), p.rank(), p.education(), supervisorNip, p.active());
    }

    private static List<FieldError> errorsOf(Runnable r) {
        return assertThrows(ValidationException.class, r::run).errors();
    }

    private static List<String> names(Page<Participant> page) {
        List<String> out = new ArrayList<>();
        page.items().forEach(p -> out.add(p.name()));
        return out;
    }

    private static ParticipantQuery query(String unit, String name, Rank rank, boolean inactive, int offset,
            int limit) {
        return new ParticipantQuery(unit, name, rank, inactive, offset, limit);
    }

    // ---- create and find ----------------------------------------------------------------------

    @Test
    public void createThenFindDerivesGenderAndBirthDateFromTheNip() {
        Participant created = registry.create(new Participant("19860926 201505 1 001", "  Budi Santoso  ", null,
                null, " " + KEC + " ", "Kepala Seksi Pemerintahan", PositionType.PENGAWAS, Rank.III_D, Education.S1,
                null, null));

        Participant expected = new Participant(NIP_BUDI, "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26), KEC,
                "Kepala Seksi Pemerintahan", PositionType.PENGAWAS, Rank.III_D, Education.S1, null, true);
        assertEquals(expected, created);
        assertEquals(Optional.of(expected), registry.find(NIP_BUDI));
        assertEquals(Optional.of(expected), registry.find("19860926 201505 1 001"));
        assertEquals(1, registry.count());
    }

    @Test
    public void femaleParticipantWithMatchingGenderAndBirthDate() {
        Participant created = registry.create(new Participant(NIP_SITI, "Siti Aminah", Gender.FEMALE,
                LocalDate.of(1990, 3, 15), KEL_LD, "Pranata Komputer", PositionType.FUNGSIONAL, Rank.III_A,
                Education.S1, null, null));
        assertEquals(Gender.FEMALE, created.gender());
        assertEquals(LocalDate.of(1990, 3, 15), created.birthDate());
        assertEquals(Gender.FEMALE, registry.find(NIP_SITI).orElseThrow().gender());
    }

    @Test
    public void findOfAnUnknownNipIsEmpty() {
        assertEquals(Optional.empty(), registry.find(NIP_BUDI));
        assertEquals(Optional.empty(), registry.find(null));
        assertEquals(0, registry.count());
    }

    @Test
    public void genderContradictingTheNipIsRefused() {
        Participant p = new Participant(NIP_BUDI, "Budi Santoso", Gender.FEMALE, null, KEC, "Staf",
                PositionType.PELAKSANA, Rank.II_A, Education.SMA, null, null);
        assertEquals(List.of(FieldError.of("gender", "gender.mismatch", "FEMALE", "MALE")), errorsOf(() -> registry.create(p)));
        assertEquals(0, registry.count());
    }

    @Test
    public void birthDateContradictingTheNipIsRefused() {
        Participant p = new Participant(NIP_BUDI, "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 27), KEC, "Staf",
                PositionType.PELAKSANA, Rank.II_A, Education.SMA, null, null);
        assertEquals(List.of(FieldError.of("birthDate", "birthDate.mismatch", "1986-09-27", "1986-09-26")),
                errorsOf(() -> registry.create(p)));
        assertEquals(0, registry.count());
    }

    @Test
    public void missingFieldsAreAllListed() {
        Participant empty = new Participant(null, null, null, null, null, null, null, null, null, null, null);
        assertEquals(List.of(
                FieldError.of("nip", "required"),
                FieldError.of("name", "required"),
                FieldError.of("positionTitle", "required"),
                FieldError.of("unitCode", "required"),
                FieldError.of("positionType", "required"),
                FieldError.of("rank", "required"),
                FieldError.of("education", "required")), errorsOf(() -> registry.create(empty)));

        Participant blank = new Participant("  ", " ", null, null, "", "\t", PositionType.PELAKSANA, Rank.II_A,
                Education.SMA, null, null);
        assertEquals(List.of(
                FieldError.of("nip", "required"),
                FieldError.of("name", "required"),
                FieldError.of("positionTitle", "required"),
                FieldError.of("unitCode", "required")), errorsOf(() -> registry.create(blank)));
        assertEquals(0, registry.count());
    }

    @Test
    public void everyInvalidFieldIsListedAtOnce() {
        Participant p = new Participant("198602312015051001", "x".repeat(201), null, null, "KEL-TIDAK-ADA", "Staf",
                PositionType.PELAKSANA, null, Education.SMA, "123", null);
        assertEquals(List.of(
                FieldError.of("nip", "nip.birthDate"),
                FieldError.of("name", "tooLong", 200),
                FieldError.of("unitCode", "unit.unknown", "KEL-TIDAK-ADA"),
                FieldError.of("rank", "required"),
                FieldError.of("supervisorNip", "nip.format")), errorsOf(() -> registry.create(p)));
        assertEquals(0, registry.count());
    }

    @Test
    public void nipWithTmtInTheFutureOfTheClockIsRefused() {
        Participant p = person("198609262026121001", "Budi Santoso", KEC, Rank.III_A);
        assertEquals(List.of(FieldError.of("nip", "nip.tmtInFuture")), errorsOf(() -> registry.create(p)));
        // The current month of the clock is accepted.
        assertEquals("198609262026111001", registry.create(person("198609262026111001", "Budi Santoso", KEC,
                Rank.III_A)).nip());
    }

    @Test
    public void unknownUnitIsRefused() {
        assertEquals(List.of(FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")),
                errorsOf(() -> registry.create(person(NIP_BUDI, "Budi Santoso", "KEL-TERJUN", Rank.III_A))));
        assertEquals(0, registry.count());
    }

    @Test
    public void duplicateNipIsRefused() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        ConflictException e = assertThrows(ConflictException.class,
                () -> registry.create(person("19860926 201505 1 001", "Budi Lain", KEL_LD, Rank.II_A)));
        assertEquals(NIP_BUDI, e.key());
        assertEquals(1, registry.count());
        assertEquals("Budi Santoso", registry.find(NIP_BUDI).orElseThrow().name());
    }

    @Test
    public void supervisorMustBeRegistered() {
        Participant p = withSupervisor(person(NIP_SITI, "Siti Aminah", KEL_LD, Rank.III_A), NIP_BUDI);
        assertEquals(List.of(FieldError.of("supervisorNip", "supervisor.unknown", NIP_BUDI)),
                errorsOf(() -> registry.create(p)));

        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_D));
        Participant withSpaces = withSupervisor(p, "19860926 201505 1 001");
        assertEquals(NIP_BUDI, registry.create(withSpaces).supervisorNip());
        assertEquals(NIP_BUDI, registry.find(NIP_SITI).orElseThrow().supervisorNip());
    }

    @Test
    public void supervisorMustNotBeTheParticipant() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_D));
        Participant self = withSupervisor(person(NIP_SITI, "Siti Aminah", KEL_LD, Rank.III_A), "19900315 201903 2 002");
        assertEquals(List.of(FieldError.of("supervisorNip", "supervisor.self")), errorsOf(() -> registry.create(self)));
        assertEquals(1, registry.count());
    }

    @Test
    public void participantMayBeCreatedInactive() {
        Participant p = person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A).withActive(false);
        assertFalse(registry.create(p).isActive());
        assertEquals(Boolean.FALSE, registry.find(NIP_BUDI).orElseThrow().active());
    }

    @Test
    public void nameWhoseLowerCaseIsLongerIsStored() {
        // U+0130 lower-cases to two chars: the search column must hold the lower case of 200 chars.
        String name = "\u0130".repeat(200);
        registry.create(person(NIP_BUDI, name, KEC, Rank.III_A));
        assertEquals(name, registry.find(NIP_BUDI).orElseThrow().name());
        assertEquals(1, registry.search(query(null, "\u0130", null, false, 0, 10)).total());
        assertEquals(1, registry.search(query(null, "iii", null, false, 0, 10)).total());
    }

    // ---- update, deactivate, history ----------------------------------------------------------

    @Test
    public void updateStoresTheChanges() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        registry.create(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_D));

        Participant change = new Participant(null, "Budi Santoso, S.E.", null, null, KEL_LD, "Sekretaris Lurah",
                PositionType.PENGAWAS, Rank.III_B, Education.S1, NIP_SITI, null);
        Participant expected = new Participant(NIP_BUDI, "Budi Santoso, S.E.", Gender.MALE, LocalDate.of(1986, 9, 26),
                KEL_LD, "Sekretaris Lurah", PositionType.PENGAWAS, Rank.III_B, Education.S1, NIP_SITI, true);
        assertEquals(expected, registry.update(NIP_BUDI, change));
        assertEquals(Optional.of(expected), registry.find(NIP_BUDI));
        assertEquals(2, registry.count());
    }

    @Test
    public void updateTreatsABlankNipInTheBodyAsAbsent() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        assertEquals(Rank.III_C, registry.update(NIP_BUDI, person("  ", "Budi Santoso", KEC, Rank.III_C)).rank());
    }

    @Test
    public void supervisorChainsCannotLoop() {
        registry.create(person(NIP_RUDI, "Rudi Hartono", KEC, Rank.IV_A));
        registry.create(withSupervisor(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_D), NIP_RUDI));
        registry.create(withSupervisor(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_A), NIP_BUDI));

        // Rudi would report to Siti, who reports to Budi, who reports to Rudi.
        assertEquals(List.of(FieldError.of("supervisorNip", "supervisor.cycle", NIP_SITI)),
                errorsOf(() -> registry.update(NIP_RUDI, withSupervisor(person(NIP_RUDI, "Rudi Hartono", KEC,
                        Rank.IV_A), NIP_SITI))));
        assertEquals(null, registry.find(NIP_RUDI).orElseThrow().supervisorNip());
        // Reporting to someone outside the chain is fine.
        registry.create(person(NIP_EKO, "Eko Prasetyo", KEC, Rank.IV_B));
        assertEquals(NIP_EKO, registry.update(NIP_RUDI, withSupervisor(person(NIP_RUDI, "Rudi Hartono", KEC,
                Rank.IV_A), NIP_EKO)).supervisorNip());
    }

    @Test
    public void updateAcceptsTheSameNipInTheBody() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        Participant body = person("19860926 201505 1 001", "Budi S.", KEC, Rank.III_B);
        assertEquals("Budi S.", registry.update("19860926 201505 1 001", body).name());
        assertEquals(Rank.III_B, registry.find(NIP_BUDI).orElseThrow().rank());
    }

    @Test
    public void updateRefusesAnotherNipInTheBody() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        registry.create(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_A));
        Participant body = person(NIP_SITI, "Budi Santoso", KEC, Rank.IV_A);
        assertEquals(List.of(FieldError.of("nip", "nip.mismatch", NIP_SITI, NIP_BUDI)),
                errorsOf(() -> registry.update(NIP_BUDI, body)));
        assertEquals(Rank.III_A, registry.find(NIP_BUDI).orElseThrow().rank());
        assertEquals("Siti Aminah", registry.find(NIP_SITI).orElseThrow().name());
        assertEquals(1, registry.history(NIP_BUDI).size());
    }

    @Test
    public void updateOfAnUnknownNipIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> registry.update(NIP_BUDI, person(null, "Budi Santoso", KEC, Rank.III_A)));
        assertEquals(NIP_BUDI, e.key());
        assertEquals(0, registry.count());
    }

    @Test
    public void invalidUpdateChangesNothing() {
        Participant original = registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        Participant bad = new Participant(null, "", Gender.FEMALE, null, "KEL-TERJUN", "Staf", PositionType.PELAKSANA,
                Rank.III_A, Education.SMA, NIP_BUDI, null);
        assertEquals(List.of(
                FieldError.of("name", "required"),
                FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN"),
                FieldError.of("gender", "gender.mismatch", "FEMALE", "MALE"),
                FieldError.of("supervisorNip", "supervisor.self")), errorsOf(() -> registry.update(NIP_BUDI, bad)));
        assertEquals(Optional.of(original), registry.find(NIP_BUDI));
        assertEquals(1, registry.history(NIP_BUDI).size());
    }

    @Test
    public void updateKeepsTheActiveFlagWhenNotGiven() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        registry.deactivate(NIP_BUDI);
        Participant updated = registry.update(NIP_BUDI, person(null, "Budi Santoso", KEC, Rank.III_B));
        assertEquals(Boolean.FALSE, updated.active());
        assertFalse(registry.find(NIP_BUDI).orElseThrow().isActive());
    }

    @Test
    public void deactivateKeepsTheRecordAndItsHistory() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        registry.update(NIP_BUDI, person(null, "Budi Santoso, S.E.", KEL_LD, Rank.III_B));
        Participant deactivated = registry.deactivate("19860926 201505 1 001");

        Participant expected = new Participant(NIP_BUDI, "Budi Santoso, S.E.", Gender.MALE, LocalDate.of(1986, 9, 26),
                KEL_LD, "Pengadministrasi Umum", PositionType.PELAKSANA, Rank.III_B, Education.SMA, null, false);
        assertEquals(expected, deactivated);
        assertEquals(Optional.of(expected), registry.find(NIP_BUDI));
        assertEquals(1, registry.count());

        List<ParticipantChange> history = registry.history(NIP_BUDI);
        assertEquals(3, history.size());
        assertEquals(ParticipantChange.Kind.CREATED, history.get(0).kind());
        assertEquals(ParticipantChange.Kind.UPDATED, history.get(1).kind());
        assertEquals(ParticipantChange.Kind.DEACTIVATED, history.get(2).kind());
        assertEquals(new Participant(NIP_BUDI, "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26), KEC,
                "Pengadministrasi Umum", PositionType.PELAKSANA, Rank.III_A, Education.SMA, null, true),
                history.get(0).state());
        assertEquals(expected.withActive(true), history.get(1).state());
        assertEquals(expected, history.get(2).state());
        for (ParticipantChange change : history) {
            assertEquals(NOW, change.at());
        }
    }

    @Test
    public void deactivatingTwiceRecordsOnce() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        registry.deactivate(NIP_BUDI);
        assertFalse(registry.deactivate(NIP_BUDI).isActive());
        List<ParticipantChange> history = registry.history(NIP_BUDI);
        assertEquals(2, history.size());
        assertEquals(ParticipantChange.Kind.DEACTIVATED, history.get(1).kind());
    }

    @Test
    public void deactivateOfAnUnknownNipIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class, () -> registry.deactivate(NIP_BUDI));
        assertEquals(NIP_BUDI, e.key());
    }

    @Test
    public void historyOfAnUnknownNipIsEmpty() {
        assertEquals(List.of(), registry.history(NIP_BUDI));
    }

    // ---- search ---------------------------------------------------------------------------------

    /** KEC with KEL_LD (and LINGK-I below it) and KEL_RP; BKPSDM a separate root. */
    private void populateTree() {
        registry.createUnit(new OrganizationUnit("LINGK-I", "Lingkungan I Labuhan Deli", KEL_LD));
        registry.createUnit(new OrganizationUnit("BKPSDM", "BKPSDM Kota Medan", null));
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_D));
        registry.create(person(NIP_SITI, "Siti Aminah", KEL_LD, Rank.III_A));
        registry.create(person(NIP_RUDI, "Rudi Hartono", KEL_LD, Rank.III_A));
        registry.create(person(NIP_DEWI, "Dewi Lestari", KEL_RP, Rank.II_C));
        registry.create(person(NIP_EKO, "Eko Prasetyo", "LINGK-I", Rank.II_C));
        registry.create(person("199202292014011001", "Ahmad Fauzi", "BKPSDM", Rank.III_A));
    }

    @Test
    public void searchByUnitIncludesTheUnitsBelow() {
        populateTree();
        Page<Participant> kec = registry.search(query(KEC, null, null, false, 0, 50));
        assertEquals(List.of("Budi Santoso", "Dewi Lestari", "Eko Prasetyo", "Rudi Hartono", "Siti Aminah"),
                names(kec));
        assertEquals(5, kec.total());
        assertEquals(List.of("Eko Prasetyo", "Rudi Hartono", "Siti Aminah"),
                names(registry.search(query(KEL_LD, null, null, false, 0, 50))));
    }

    @Test
    public void searchByALeafUnitReturnsOnlyItsOwn() {
        populateTree();
        Page<Participant> rp = registry.search(query(KEL_RP, null, null, false, 0, 50));
        assertEquals(List.of("Dewi Lestari"), names(rp));
        assertEquals(1, rp.total());
        assertEquals(List.of("Eko Prasetyo"), names(registry.search(query("LINGK-I", null, null, false, 0, 50))));
        assertEquals(List.of("Ahmad Fauzi"), names(registry.search(query("BKPSDM", null, null, false, 0, 50))));
    }

    @Test
    public void searchByAnUnknownUnitIsNotFound() {
        NotFoundException e = assertThrows(NotFoundException.class,
                () -> registry.search(query("KEL-TERJUN", null, null, false, 0, 50)));
        assertEquals("KEL-TERJUN", e.key());
    }

    @Test
    public void searchWithoutCriteriaReturnsEveryActiveParticipant() {
        populateTree();
        Page<Participant> all = registry.search(ParticipantQuery.all());
        assertEquals(List.of("Ahmad Fauzi", "Budi Santoso", "Dewi Lestari", "Eko Prasetyo", "Rudi Hartono",
                "Siti Aminah"), names(all));
        assertEquals(new Page<>(all.items(), 6, 0, 50), all);
    }

    @Test
    public void searchByNameIsCaseInsensitive() {
        populateTree();
        registry.create(person("199701012021012001", "SITI RAHMAWATI", KEC, Rank.II_A));
        assertEquals(List.of("Siti Aminah", "SITI RAHMAWATI"),
                names(registry.search(query(null, "siti", null, false, 0, 50))));
        assertEquals(List.of("Siti Aminah"), names(registry.search(query(null, "AMIN", null, false, 0, 50))));
        assertEquals(List.of("Budi Santoso", "Eko Prasetyo", "Rudi Hartono"),
                names(registry.search(query(null, "O", null, false, 0, 50))));
        assertEquals(List.of(), names(registry.search(query(null, "zulkifli", null, false, 0, 50))));
    }

    @Test
    public void searchByNameCombinesWithUnit() {
        populateTree();
        assertEquals(List.of("Eko Prasetyo", "Rudi Hartono"),
                names(registry.search(query(KEL_LD, "o", null, false, 0, 50))));
        assertEquals(List.of(), names(registry.search(query(KEL_RP, "o", null, false, 0, 50))));
    }

    @Test
    public void wildcardsInTheNameAreMatchedLiterally() {
        registry.create(person(NIP_BUDI, "Budi 100% Hadir", KEC, Rank.III_A));
        registry.create(person(NIP_SITI, "Siti_Aminah", KEC, Rank.III_A));
        registry.create(person(NIP_RUDI, "Siti Aminah", KEC, Rank.III_A));
        registry.create(person(NIP_DEWI, "Dewi 1000 Lestari", KEC, Rank.III_A));
        registry.create(person(NIP_EKO, "Eko \\ Prasetyo", KEC, Rank.III_A));

        assertEquals(List.of("Budi 100% Hadir"), names(registry.search(query(null, "%", null, false, 0, 50))));
        assertEquals(List.of("Budi 100% Hadir"), names(registry.search(query(null, "100%", null, false, 0, 50))));
        assertEquals(List.of("Siti_Aminah"), names(registry.search(query(null, "_", null, false, 0, 50))));
        assertEquals(List.of("Siti_Aminah"), names(registry.search(query(null, "i_a", null, false, 0, 50))));
        assertEquals(List.of("Eko \\ Prasetyo"), names(registry.search(query(null, "\\", null, false, 0, 50))));
        assertEquals(5, registry.search(query(null, "", null, false, 0, 50)).total());
    }

    @Test
    public void searchByRank() {
        populateTree();
        Page<Participant> page = registry.search(query(null, null, Rank.III_A, false, 0, 50));
        assertEquals(List.of("Ahmad Fauzi", "Rudi Hartono", "Siti Aminah"), names(page));
        assertEquals(3, page.total());
        assertEquals(List.of("Eko Prasetyo"), names(registry.search(query(KEL_LD, null, Rank.II_C, false, 0, 50))));
        assertEquals(List.of(), names(registry.search(query(null, null, Rank.IV_E, false, 0, 50))));
    }

    @Test
    public void searchPagesWithTotal() {
        populateTree();
        Page<Participant> first = registry.search(query(null, null, null, false, 0, 2));
        assertEquals(List.of("Ahmad Fauzi", "Budi Santoso"), names(first));
        assertEquals(6, first.total());
        assertEquals(0, first.offset());
        assertEquals(2, first.limit());

        Page<Participant> second = registry.search(query(null, null, null, false, 2, 2));
        assertEquals(List.of("Dewi Lestari", "Eko Prasetyo"), names(second));
        assertEquals(6, second.total());
        assertEquals(2, second.offset());

        Page<Participant> last = registry.search(query(null, null, null, false, 4, 4));
        assertEquals(List.of("Rudi Hartono", "Siti Aminah"), names(last));
        assertEquals(6, last.total());

        Page<Participant> beyond = registry.search(query(null, null, null, false, 10, 4));
        assertEquals(List.of(), beyond.items());
        assertEquals(6, beyond.total());

        Page<Participant> kec = registry.search(query(KEC, null, null, false, 1, 2));
        assertEquals(List.of("Dewi Lestari", "Eko Prasetyo"), names(kec));
        assertEquals(5, kec.total());
    }

    @Test
    public void badPagingIsRefused() {
        assertEquals(List.of(FieldError.of("offset", "invalidValue", -1, "0.."),
                FieldError.of("limit", "invalidValue", 0, "1..500")),
                errorsOf(() -> registry.search(query(null, null, null, false, -1, 0))));
        assertEquals(List.of(FieldError.of("limit", "invalidValue", 501, "1..500")),
                errorsOf(() -> registry.search(query(null, null, null, false, 0, 501))));
        assertEquals(0, registry.search(query(null, null, null, false, 0, 500)).total());
    }

    @Test
    public void searchIncludesInactiveOnlyOnRequest() {
        populateTree();
        registry.deactivate(NIP_SITI);
        Page<Participant> active = registry.search(query(KEL_LD, null, null, false, 0, 50));
        assertEquals(List.of("Eko Prasetyo", "Rudi Hartono"), names(active));
        assertEquals(2, active.total());

        Page<Participant> all = registry.search(query(KEL_LD, null, null, true, 0, 50));
        assertEquals(List.of("Eko Prasetyo", "Rudi Hartono", "Siti Aminah"), names(all));
        assertEquals(3, all.total());
        assertFalse(all.items().get(2).isActive());
        assertEquals(6, registry.count());
    }

    // ---- units ------------------------------------------------------------------------------------

    @Test
    public void createAndFindUnit() {
        OrganizationUnit u = registry.createUnit(new OrganizationUnit(" KEL-TERJUN ", " Kantor Lurah Terjun ", KEC));
        assertEquals(new OrganizationUnit("KEL-TERJUN", "Kantor Lurah Terjun", KEC), u);
        assertEquals(Optional.of(u), registry.findUnit("KEL-TERJUN"));
        assertEquals(Optional.of(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null)),
                registry.findUnit(KEC));
        assertEquals(Optional.empty(), registry.findUnit("KEL-PAYA-PASIR"));
    }

    @Test
    public void unitWithUnknownParentIsRefused() {
        assertEquals(List.of(FieldError.of("parentCode", "unit.parentUnknown", "KEC-MEDAN-BELAWAN")),
                errorsOf(() -> registry.createUnit(new OrganizationUnit("KEL-BAGAN-DELI", "Kantor Lurah Bagan Deli",
                        "KEC-MEDAN-BELAWAN"))));
        assertEquals(Optional.empty(), registry.findUnit("KEL-BAGAN-DELI"));
    }

    @Test
    public void unitWithBadCodeIsRefused() {
        for (String code : List.of("kel-terjun", "KEL TERJUN", "-KEL", "K".repeat(41), "KEL/TERJUN")) {
            assertEquals(code, List.of(FieldError.of("code", "unit.code")),
                    errorsOf(() -> registry.createUnit(new OrganizationUnit(code, "Kantor Lurah Terjun", KEC))));
        }
        assertEquals("K".repeat(40),
                registry.createUnit(new OrganizationUnit("K".repeat(40), "Kantor Lurah Terjun", KEC)).code());
        assertEquals("PUSKESMAS.MARELAN_1",
                registry.createUnit(new OrganizationUnit("PUSKESMAS.MARELAN_1", "Puskesmas Marelan", KEC)).code());
    }

    @Test
    public void unitWithoutCodeOrNameIsRefused() {
        assertEquals(List.of(FieldError.of("code", "required"), FieldError.of("name", "required"),
                FieldError.of("parentCode", "unit.parentUnknown", "NOPE")),
                errorsOf(() -> registry.createUnit(new OrganizationUnit(" ", null, "NOPE"))));
    }

    @Test
    public void duplicateUnitCodeIsRefused() {
        ConflictException e = assertThrows(ConflictException.class,
                () -> registry.createUnit(new OrganizationUnit(KEL_LD, "Lain", null)));
        assertEquals(KEL_LD, e.key());
        assertEquals(Optional.of(new OrganizationUnit(KEL_LD, "Kantor Lurah Labuhan Deli", KEC)),
                registry.findUnit(KEL_LD));
    }

    @Test
    public void unitsListParentsBeforeChildren() {
        // Codes chosen so that alphabetical order would put children first.
        registry.createUnit(new OrganizationUnit("Z-INDUK", "Induk", null));
        registry.createUnit(new OrganizationUnit("A-ANAK", "Anak", "Z-INDUK"));
        registry.createUnit(new OrganizationUnit("B-CUCU", "Cucu", "A-ANAK"));
        registry.createUnit(new OrganizationUnit("AA-CICIT", "Cicit", "B-CUCU"));

        List<OrganizationUnit> units = registry.units();
        assertEquals(7, units.size());
        List<String> codes = new ArrayList<>();
        for (OrganizationUnit u : units) {
            if (u.parentCode() != null) {
                assertTrue(u.code() + " listed before its parent " + u.parentCode(), codes.contains(u.parentCode()));
            }
            codes.add(u.code());
        }
        assertTrue(codes.containsAll(List.of(KEC, KEL_LD, KEL_RP, "Z-INDUK", "A-ANAK", "B-CUCU", "AA-CICIT")));
        assertTrue(codes.indexOf("Z-INDUK") < codes.indexOf("A-ANAK"));
        assertTrue(codes.indexOf("A-ANAK") < codes.indexOf("B-CUCU"));
        assertTrue(codes.indexOf("B-CUCU") < codes.indexOf("AA-CICIT"));
        assertTrue(codes.indexOf(KEC) < codes.indexOf(KEL_LD));
        assertTrue(codes.indexOf(KEC) < codes.indexOf(KEL_RP));
        assertTrue(units.contains(new OrganizationUnit("B-CUCU", "Cucu", "A-ANAK")));
    }

    // ---- CSV import -----------------------------------------------------------------------------

    @Test
    public void importGoodFileWithSupervisorInTheSameFile() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1," + NIP_BUDI + "\n"
                + NIP_RUDI + ",Rudi Hartono,KEL-LABUHAN-DELI,Pengadministrasi Umum,pelaksana,ii/c,SMA," + NIP_SITI + "\n";
        ImportResult result = registry.importCsv(new StringReader(csv));
        assertEquals(new ImportResult(3, 3, List.of()), result);
        assertTrue(result.succeeded());
        assertEquals(3, registry.count());

        assertEquals(new Participant(NIP_BUDI, "Budi Santoso", Gender.MALE, LocalDate.of(1986, 9, 26), KEC, "Camat",
                PositionType.ADMINISTRATOR, Rank.IV_A, Education.S2, null, true), registry.find(NIP_BUDI).orElseThrow());
        assertEquals(new Participant(NIP_SITI, "Siti Aminah", Gender.FEMALE, LocalDate.of(1990, 3, 15), KEL_LD, "Lurah",
                PositionType.PENGAWAS, Rank.III_D, Education.S1, NIP_BUDI, true), registry.find(NIP_SITI).orElseThrow());
        assertEquals(new Participant(NIP_RUDI, "Rudi Hartono", Gender.MALE, LocalDate.of(1975, 12, 1), KEL_LD,
                "Pengadministrasi Umum", PositionType.PELAKSANA, Rank.II_C, Education.SMA, NIP_SITI, true),
                registry.find(NIP_RUDI).orElseThrow());
        assertEquals(ParticipantChange.Kind.CREATED, registry.history(NIP_RUDI).get(0).kind());
    }

    @Test
    public void importWithBadRowsStoresNothing() {
        registry.create(person(NIP_EKO, "Eko Prasetyo", KEC, Rank.II_C));
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + "198602312015051001,Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1,\n"
                + NIP_RUDI + ",Rudi Hartono,KEL-TERJUN,Pengadministrasi Umum,PELAKSANA,II/c,SMA,\n";
        ImportResult result = registry.importCsv(new StringReader(csv));
        assertEquals(new ImportResult(3, 0, List.of(
                new RowError(3, FieldError.of("nip", "nip.birthDate")),
                new RowError(4, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")))), result);
        assertFalse(result.succeeded());
        assertEquals(1, registry.count());
        assertEquals(Optional.empty(), registry.find(NIP_BUDI));
        assertEquals(List.of(), registry.history(NIP_BUDI));
    }

    @Test
    public void importRefusesANipTwiceInTheFile() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1,\n"
                + "19860926 201505 1 001,Budi Lain,KEL-RENGAS-PULAU,Lurah,PENGAWAS,III/d,S1,\n";
        assertEquals(new ImportResult(3, 0, List.of(
                new RowError(4, FieldError.of("nip", "participant.duplicateInFile", NIP_BUDI, 2)))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importRefusesAnAlreadyRegisteredNip() {
        registry.create(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_A));
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1,\n";
        assertEquals(new ImportResult(2, 0, List.of(
                new RowError(3, FieldError.of("nip", "participant.duplicate", NIP_SITI)))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(1, registry.count());
        assertEquals(KEC, registry.find(NIP_SITI).orElseThrow().unitCode());
    }

    @Test
    public void importRefusesAnUnknownColumn() {
        String csv = CSV_HEADER + ",email\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,,budi@example.org\n";
        assertEquals(new ImportResult(0, 0, List.of(new RowError(1, FieldError.of("email", "csv.unknownColumn", "email")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importRefusesAMissingRequiredColumn() {
        String csv = "nip,name,unitCode,positionType,rank,education\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,ADMINISTRATOR,IV/a,S2\n";
        assertEquals(new ImportResult(0, 0, List.of(
                new RowError(1, FieldError.of("positionTitle", "csv.missingColumn", "positionTitle")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importOfAnEmptyFile() {
        assertEquals(new ImportResult(0, 0, List.of(new RowError(1, FieldError.of("", "csv.empty")))),
                registry.importCsv(new StringReader("")));
    }

    @Test
    public void importOfAHeaderOnly() {
        assertEquals(new ImportResult(0, 0, List.of()), registry.importCsv(new StringReader(CSV_HEADER + "\n")));
        assertEquals(0, registry.count());
    }

    @Test
    public void importSkipsAByteOrderMark() {
        String csv = "\uFEFF" + CSV_HEADER + "\r\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\r\n";
        assertEquals(new ImportResult(1, 1, List.of()), registry.importCsv(new StringReader(csv)));
        assertEquals("Budi Santoso", registry.find(NIP_BUDI).orElseThrow().name());
    }

    @Test
    public void importKeepsNonAsciiNamesAndQuotedCommas() {
        String csv = CSV_HEADER + "\n"
                + NIP_SITI + ",\"Siti Nurhaliza Lubis, S.Kom.\",KEL-LABUHAN-DELI,"
                + "\"Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban\",PENGAWAS,III/c,S1,\n"
                + NIP_RUDI + ",Ahmad Ma\u2019ruf Siregar,KEL-RENGAS-PULAU,Pengadministrasi Umum,PELAKSANA,II/b,SMA,\n"
                + NIP_DEWI + ",\"Ren\u00e9e \"\"Butet\"\" Panjaitan\",KEC-MEDAN-MARELAN,Bidan,FUNGSIONAL,III/a,D4,\n";
        assertEquals(new ImportResult(3, 3, List.of()), registry.importCsv(new StringReader(csv)));

        Participant siti = registry.find(NIP_SITI).orElseThrow();
        assertEquals("Siti Nurhaliza Lubis, S.Kom.", siti.name());
        assertEquals("Kepala Seksi Pemerintahan, Ketenteraman dan Ketertiban", siti.positionTitle());
        assertEquals("Ahmad Ma\u2019ruf Siregar", registry.find(NIP_RUDI).orElseThrow().name());
        assertEquals("Ren\u00e9e \"Butet\" Panjaitan", registry.find(NIP_DEWI).orElseThrow().name());

        assertEquals(List.of("Ahmad Ma\u2019ruf Siregar"),
                names(registry.search(query(null, "MA\u2019RUF", null, false, 0, 50))));
        assertEquals(List.of("Ren\u00e9e \"Butet\" Panjaitan"),
                names(registry.search(query(null, "REN\u00c9E", null, false, 0, 50))));
        assertEquals(List.of("Siti Nurhaliza Lubis, S.Kom."),
                names(registry.search(query(null, "lubis, s.kom", null, false, 0, 50))));
    }

    @Test
    public void importReportsPhysicalLinesPastBlankLinesAndMultiLineFields() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,\"Camat\nMedan Marelan\",ADMINISTRATOR,IV/a,S2,\n"
                + "\n"
                + NIP_SITI + ",Siti Aminah,KEL-TERJUN,Lurah,PENGAWAS,III/d,S1,\n"
                + "\n"
                + "\n"
                + NIP_RUDI + ",Rudi Hartono,KEL-LABUHAN-DELI,Staf,PELAKSANA,V/a,SMA,\n";
        ImportResult result = registry.importCsv(new StringReader(csv));
        assertEquals(new ImportResult(3, 0, List.of(
                // A line break is a control character: not wanted in a position title.
                new RowError(2, FieldError.of("positionTitle", "text.control")),
                new RowError(5, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")),
                new RowError(8, FieldError.of("rank", "invalidValue", "V/a",
                        "I/a, I/b, I/c, I/d, II/a, II/b, II/c, II/d, III/a, III/b, III/c, III/d, "
                                + "IV/a, IV/b, IV/c, IV/d, IV/e")))), result);
        assertEquals(0, registry.count());
    }

    @Test
    public void importReportsUnreadableValues() {
        String csv = "nip,name,gender,birthDate,unitCode,positionTitle,positionType,rank,education,active\n"
                + NIP_BUDI + ",Budi Santoso,PRIA,26-09-1986,KEC-MEDAN-MARELAN,Camat,KEPALA,IV/a,SMK,ya\n"
                + NIP_SITI + ",Siti Aminah,MALE,1990-03-15,KEC-MEDAN-MARELAN,Lurah,PENGAWAS,III/d,S1,true\n"
                + NIP_RUDI + ",Rudi Hartono,,,KEC-MEDAN-MARELAN\n";
        ImportResult result = registry.importCsv(new StringReader(csv));
        assertEquals(new ImportResult(3, 0, List.of(
                new RowError(2, FieldError.of("gender", "invalidValue", "PRIA", "MALE, FEMALE")),
                new RowError(2, FieldError.of("positionType", "invalidValue", "KEPALA",
                        "JPT, ADMINISTRATOR, PENGAWAS, FUNGSIONAL, PELAKSANA")),
                new RowError(2, FieldError.of("education", "invalidValue", "SMK",
                        "SD, SMP, SMA, D1, D2, D3, D4, S1, S2, S3")),
                new RowError(2, FieldError.of("birthDate", "invalidDate", "26-09-1986")),
                new RowError(2, FieldError.of("active", "invalidValue", "ya", "true, false")),
                new RowError(3, FieldError.of("gender", "gender.mismatch", "MALE", "FEMALE")),
                new RowError(4, FieldError.of("", "csv.columnCount", 5, 10)))), result);
        assertEquals(0, registry.count());
    }

    @Test
    public void importSkipsRowsOfSeparatorsOnly() {
        String csv = CSV_HEADER + "\n"
                + ",,,,,,,\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + " , ,,,,,,\n"
                + NIP_SITI + ",Siti Aminah,KEL-TERJUN,Lurah,PENGAWAS,III/d,S1,\n"
                + ",,,,,,,\n";
        assertEquals(new ImportResult(2, 0, List.of(
                new RowError(5, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")))),
                registry.importCsv(new StringReader(csv)));
    }

    @Test
    public void importRefusesADuplicateColumn() {
        String csv = CSV_HEADER + ",name\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,,Budi Lain\n";
        assertEquals(new ImportResult(0, 0, List.of(new RowError(1, FieldError.of("name", "csv.duplicateColumn", "name")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importWithOptionalColumns() {
        String csv = "nip,name,gender,birthDate,unitCode,positionTitle,positionType,rank,education,active\n"
                + NIP_SITI + ",Siti Aminah,female,1990-03-15,KEC-MEDAN-MARELAN,Lurah,PENGAWAS,III/d,S1,FALSE\n"
                + NIP_BUDI + ",Budi Santoso,,,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n";
        assertEquals(new ImportResult(2, 2, List.of()), registry.importCsv(new StringReader(csv)));
        assertFalse(registry.find(NIP_SITI).orElseThrow().isActive());
        assertTrue(registry.find(NIP_BUDI).orElseThrow().isActive());
    }

    @Test
    public void importOfBrokenQuotingIsReportedWhereTheRecordStarts() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",\"Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n";
        assertEquals(new ImportResult(0, 0, List.of(new RowError(2, FieldError.of("", "csv.unclosedQuote")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importKeepsTheErrorsOfTheRowsReadBeforeAnUnclosedQuote() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-TERJUN,Lurah,PENGAWAS,III/d,S1,\n"
                + NIP_RUDI + ",Rudi Hartono,KEC-MEDAN-MARELAN\n"
                + "\n"
                + NIP_DEWI + ",\"Dewi Lestari,KEC-MEDAN-MARELAN,Bidan,FUNGSIONAL,III/a,D4,\n"
                + NIP_EKO + ",Eko Prasetyo,KEC-MEDAN-MARELAN,Staf,PELAKSANA,II/a,SMA,\n";
        assertEquals(new ImportResult(3, 0, List.of(
                new RowError(3, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")),
                new RowError(4, FieldError.of("", "csv.columnCount", 3, 8)),
                new RowError(6, FieldError.of("", "csv.unclosedQuote")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importOfTextAfterAClosingQuoteIsReportedWhereTheRecordStarts() {
        // The record starts on line 3; its broken quote is on line 4.
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,\"Lurah\nLabuhan\" Deli,PENGAWAS,III/d,S1,\n"
                + NIP_RUDI + ",Rudi Hartono,KEC-MEDAN-MARELAN,Staf,PELAKSANA,II/a,SMA,\n";
        assertEquals(new ImportResult(1, 0, List.of(new RowError(3, FieldError.of("", "csv.badQuote")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importOfAnUnclosedQuoteInTheHeader() {
        String csv = "nip,\"name,unitCode\n" + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN\n";
        assertEquals(new ImportResult(0, 0, List.of(new RowError(1, FieldError.of("", "csv.unclosedQuote")))),
                registry.importCsv(new StringReader(csv)));
    }

    @Test
    public void importReportsUndecodableTextAtTheLineReached() {
        // As an InputStreamReader with a reporting decoder does: the text up to the bad bytes, then
        // the exception.
        String text = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-TERJUN,Lurah,PENGAWAS,III/d,S1,\n"
                + NIP_RUDI + ",Rudi Har";
        java.io.Reader failing = new java.io.Reader() {
            private final StringReader delegate = new StringReader(text);

            @Override
            public int read(char[] buffer, int offset, int length) throws java.io.IOException {
                int n = delegate.read(buffer, offset, length);
                if (n < 0) {
                    throw new java.nio.charset.MalformedInputException(1);
                }
                return n;
            }

            @Override
            public void close() {
            }
        };
        assertEquals(new ImportResult(2, 0, List.of(
                new RowError(3, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")),
                new RowError(4, FieldError.of("", "csv.encoding")))), registry.importCsv(failing));
        assertEquals(0, registry.count());
    }

    @Test
    public void importRefusesAnUnnamedColumn() {
        String csv = "nip,name,,unitCode,positionTitle,positionType,rank,education\n"
                + NIP_BUDI + ",Budi Santoso,,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2\n";
        assertEquals(new ImportResult(0, 0, List.of(new RowError(1, FieldError.of("", "csv.unnamedColumn", 3)))),
                registry.importCsv(new StringReader(csv)));
    }

    // ---- supervisor loops within a CSV file ---------------------------------------------------

    @Test
    public void importRefusesTwoRowsThatSuperviseEachOther() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2," + NIP_SITI + "\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1," + NIP_BUDI + "\n"
                // Reports into the loop without being part of it.
                + NIP_RUDI + ",Rudi Hartono,KEL-LABUHAN-DELI,Staf,PELAKSANA,II/c,SMA," + NIP_SITI + "\n";
        assertEquals(new ImportResult(3, 0, List.of(
                new RowError(2, FieldError.of("supervisorNip", "supervisor.cycle", NIP_SITI)),
                new RowError(3, FieldError.of("supervisorNip", "supervisor.cycle", NIP_BUDI)))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void importNamesEveryRowOfALongerLoopEvenWithOtherErrors() {
        registry.create(person(NIP_EKO, "Eko Prasetyo", KEC, Rank.IV_A));
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,19900315 201903 2 002\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1," + NIP_RUDI + "\n"
                + NIP_RUDI + ",Rudi Hartono,KEL-TERJUN,Staf,PELAKSANA,II/c,SMA," + NIP_BUDI + "\n"
                // A supervisor in the database, outside any loop.
                + NIP_DEWI + ",Dewi Lestari,KEL-RENGAS-PULAU,Bidan,FUNGSIONAL,III/a,D4," + NIP_EKO + "\n";
        assertEquals(new ImportResult(4, 0, List.of(
                new RowError(2, FieldError.of("supervisorNip", "supervisor.cycle", NIP_SITI)),
                new RowError(3, FieldError.of("supervisorNip", "supervisor.cycle", NIP_RUDI)),
                new RowError(4, FieldError.of("unitCode", "unit.unknown", "KEL-TERJUN")),
                new RowError(4, FieldError.of("supervisorNip", "supervisor.cycle", NIP_BUDI)))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(1, registry.count());
    }

    @Test
    public void importOfAChainWithoutLoopSucceeds() {
        registry.create(person(NIP_EKO, "Eko Prasetyo", KEC, Rank.IV_A));
        // Staff listed before their supervisors; the top reports to someone in the database.
        String csv = CSV_HEADER + "\n"
                + NIP_RUDI + ",Rudi Hartono,KEL-LABUHAN-DELI,Staf,PELAKSANA,II/c,SMA," + NIP_SITI + "\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI,Lurah,PENGAWAS,III/d,S1," + NIP_BUDI + "\n"
                + NIP_BUDI + ",Budi Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2," + NIP_EKO + "\n";
        assertEquals(new ImportResult(3, 3, List.of()), registry.importCsv(new StringReader(csv)));
        assertEquals(NIP_EKO, registry.find(NIP_BUDI).orElseThrow().supervisorNip());
    }

    // ---- control characters -------------------------------------------------------------------

    @Test
    public void controlCharactersAreRefusedInEveryTextFieldOfAParticipant() {
        registry.create(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_D));
        Participant p = new Participant(NIP_BUDI + "\u0000", "Budi\u0000Santoso", null, null, KEC + "\u0000",
                "Camat\nMedan Marelan", PositionType.ADMINISTRATOR, Rank.IV_A, Education.S2, NIP_SITI + "\u007f", null);
        assertEquals(List.of(
                FieldError.of("nip", "text.control"),
                FieldError.of("name", "text.control"),
                FieldError.of("positionTitle", "text.control"),
                FieldError.of("unitCode", "text.control"),
                FieldError.of("supervisorNip", "text.control")), errorsOf(() -> registry.create(p)));
        // C1 controls and tabs inside the text too.
        assertEquals(List.of(FieldError.of("name", "text.control"), FieldError.of("positionTitle", "text.control")),
                errorsOf(() -> registry.create(new Participant(NIP_BUDI, "Budi\u0085", null, null, KEC, "Kepala\tSeksi",
                        PositionType.PENGAWAS, Rank.III_D, Education.S1, null, null))));
        assertEquals(1, registry.count());
        // White space around the text, tab and line break included, is trimmed as before.
        assertEquals("Budi Santoso", registry.create(person(NIP_BUDI, "\tBudi Santoso\r\n", KEC, Rank.III_A)).name());
    }

    @Test
    public void controlCharactersAreRefusedInAnUpdate() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        assertEquals(List.of(FieldError.of("name", "text.control"), FieldError.of("unitCode", "text.control")),
                errorsOf(() -> registry.update(NIP_BUDI, person(null, "Budi\u0000", "\u0000", Rank.III_B))));
        assertEquals("Budi Santoso", registry.find(NIP_BUDI).orElseThrow().name());
        assertEquals(1, registry.history(NIP_BUDI).size());
    }

    @Test
    public void controlCharactersAreRefusedInAUnit() {
        assertEquals(List.of(
                FieldError.of("code", "text.control"),
                FieldError.of("name", "text.control"),
                FieldError.of("parentCode", "text.control")),
                errorsOf(() -> registry.createUnit(new OrganizationUnit("KEL-TERJUN\u0000", "Kantor\u0000Lurah",
                        KEC + "\u0000"))));
        assertEquals(3, registry.units().size());
    }

    @Test
    public void aKeyWithAControlCharacterIsNotFound() {
        registry.create(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A));
        assertEquals(Optional.empty(), registry.find(NIP_BUDI + "\u0000"));
        assertEquals(List.of(), registry.history("\u0000"));
        assertEquals(Optional.empty(), registry.findUnit(KEC + "\u0000"));
        assertEquals(NIP_BUDI + "\u0000",
                assertThrows(NotFoundException.class, () -> registry.deactivate(NIP_BUDI + "\u0000")).key());
        assertEquals("\u0000", assertThrows(NotFoundException.class,
                () -> registry.update("\u0000", person(null, "Budi Santoso", KEC, Rank.III_A))).key());
        assertTrue(registry.find(NIP_BUDI).orElseThrow().isActive());
    }

    @Test
    public void searchRefusesControlCharactersBeforeAnySql() {
        assertEquals(List.of(FieldError.of("unit", "text.control"), FieldError.of("name", "text.control")),
                errorsOf(() -> registry.search(query(KEC + "\u0000", "Bu\u0000di", null, false, 0, 50))));
        assertEquals(List.of(FieldError.of("name", "text.control"), FieldError.of("limit", "invalidValue", 0, "1..500")),
                errorsOf(() -> registry.search(query(null, "\t", null, false, 0, 0))));
        assertEquals(List.of(FieldError.of("unit", "text.control")),
                errorsOf(() -> registry.search(query("\u001b", null, null, false, 0, 50))));
    }

    @Test
    public void importRefusesControlCharactersInRows() {
        String csv = CSV_HEADER + "\n"
                + NIP_BUDI + ",Budi\u0000Santoso,KEC-MEDAN-MARELAN,Camat,ADMINISTRATOR,IV/a,S2,\n"
                + NIP_SITI + ",Siti Aminah,KEL-LABUHAN-DELI\u007f,Lurah,PENGAWAS,III/d,S1,19860926\u0000201505 1 001\n";
        assertEquals(new ImportResult(2, 0, List.of(
                new RowError(2, FieldError.of("name", "text.control")),
                new RowError(3, FieldError.of("unitCode", "text.control")),
                new RowError(3, FieldError.of("supervisorNip", "text.control")))),
                registry.importCsv(new StringReader(csv)));
        assertEquals(0, registry.count());
    }

    @Test
    public void nipBornBefore1900IsRefused() {
        assertEquals(List.of(FieldError.of("nip", "nip.birthDate")),
                errorsOf(() -> registry.create(person("000101012015051001", "Budi Santoso", KEC, Rank.III_A))));
        assertEquals(List.of(FieldError.of("supervisorNip", "nip.birthDate")), errorsOf(() -> registry.create(
                withSupervisor(person(NIP_BUDI, "Budi Santoso", KEC, Rank.III_A), "189912312015051001"))));
        assertEquals(0, registry.count());
    }

    // ---- sort order -----------------------------------------------------------------------------

    /** Names whose order by code point differs from the order of a language collation. */
    private void createAccentedAndSpacedNames() {
        registry.create(person(NIP_BUDI, "\u00c9mile Sitorus", KEC, Rank.III_A));
        registry.create(person(NIP_SITI, "Fajar Nugroho", KEC, Rank.III_A));
        registry.create(person(NIP_RUDI, "Abdul Karim", KEC, Rank.III_A));
        registry.create(person(NIP_DEWI, "Ab Karim", KEC, Rank.III_A));
        registry.create(person(NIP_EKO, "Eko Prasetyo", KEC, Rank.III_A));
    }

    private static final List<String> CODE_POINT_ORDER = List.of("Ab Karim", "Abdul Karim", "Eko Prasetyo",
            "Fajar Nugroho", "\u00c9mile Sitorus");

    @Test
    public void namesSortByCodePointOnEveryDatabase() {
        createAccentedAndSpacedNames();
        assertEquals(CODE_POINT_ORDER, names(registry.search(query(null, null, null, false, 0, 50))));
        assertEquals(CODE_POINT_ORDER.subList(2, 4), names(registry.search(query(null, null, null, false, 2, 2))));
    }

    // ---- loadIntoEmpty --------------------------------------------------------------------------

    /** A second, empty database of the same kind. */
    private TestDatabase emptyDb;

    private RegistryService emptyRegistry() throws Exception {
        emptyDb = TestDatabase.open(database);
        return new RegistryService(emptyDb.dataSource(), new LiquibaseSchemaMigrator(), CLOCK);
    }

    @After
    public void closeEmptyDb() throws Exception {
        if (emptyDb != null) {
            emptyDb.close();
        }
    }

    @Test
    public void loadIntoEmptyStoresUnitsParentsFirstAndParticipantsInOneGo() throws Exception {
        RegistryService empty = emptyRegistry();
        // Children before their parent in the list.
        List<OrganizationUnit> units = List.of(
                new OrganizationUnit("LINGK-I", "Lingkungan I", KEL_LD),
                new OrganizationUnit(" " + KEL_LD + " ", "Kantor Lurah Labuhan Deli", KEC),
                new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null));
        List<Participant> participants = List.of(
                person(NIP_BUDI, "Budi Santoso", KEC, Rank.IV_A),
                withSupervisor(person(NIP_SITI, " Siti Aminah ", KEL_LD, Rank.III_D), "19860926 201505 1 001"),
                withSupervisor(person(NIP_RUDI, "Rudi Hartono", "LINGK-I", Rank.II_C), NIP_SITI));
        assertEquals(new ImportResult(6, 6, List.of()), empty.loadIntoEmpty(units, participants));

        assertEquals(List.of(new OrganizationUnit(KEC, "Kantor Kecamatan Medan Marelan", null),
                new OrganizationUnit(KEL_LD, "Kantor Lurah Labuhan Deli", KEC),
                new OrganizationUnit("LINGK-I", "Lingkungan I", KEL_LD)), empty.units());
        assertEquals(3, empty.count());
        assertEquals(new Participant(NIP_SITI, "Siti Aminah", Gender.FEMALE, LocalDate.of(1990, 3, 15), KEL_LD,
                "Pengadministrasi Umum", PositionType.PELAKSANA, Rank.III_D, Education.SMA, NIP_BUDI, true),
                empty.find(NIP_SITI).orElseThrow());
        assertEquals(List.of(new ParticipantChange(NOW, ParticipantChange.Kind.CREATED, empty.find(NIP_RUDI).orElseThrow(), "operator")),
                empty.history(NIP_RUDI));

        // A second load finds the registry holding data.
        assertEquals(new ImportResult(6, 0, List.of(new RowError(0, FieldError.of("", "registry.notEmpty", 3, 3)))),
                empty.loadIntoEmpty(units, participants));
    }

    @Test
    public void loadIntoEmptyLeavesARegistryWithOnlyUnitsAlone() {
        // setUp stored three units.
        List<OrganizationUnit> units = List.of(new OrganizationUnit("BKPSDM", "BKPSDM Kota Medan", null));
        List<Participant> participants = List.of(person(NIP_BUDI, "Budi Santoso", "BKPSDM", Rank.IV_A));
        assertEquals(new ImportResult(2, 0, List.of(new RowError(0, FieldError.of("", "registry.notEmpty", 0, 3)))),
                registry.loadIntoEmpty(units, participants));
        assertEquals(Optional.empty(), registry.findUnit("BKPSDM"));
        assertEquals(0, registry.count());

        registry.create(person(NIP_SITI, "Siti Aminah", KEC, Rank.III_A));
        assertEquals(new ImportResult(2, 0, List.of(new RowError(0, FieldError.of("", "registry.notEmpty", 1, 3)))),
                registry.loadIntoEmpty(units, participants));
        assertEquals(1, registry.count());
    }

    @Test
    public void loadIntoEmptyListsEveryErrorByPositionAndStoresNothing() throws Exception {
        RegistryService empty = emptyRegistry();
        List<OrganizationUnit> units = java.util.Arrays.asList(
                new OrganizationUnit("UNIT-A", "Unit A", null),
                new OrganizationUnit("UNIT-B", "Unit B", "NOPE"),
                new OrganizationUnit("unit c", "Unit C", null),
                new OrganizationUnit("UNIT-C", "Unit C", "UNIT-D"),
                new OrganizationUnit("UNIT-D", "Unit D", "UNIT-C"),
                new OrganizationUnit("UNIT-E", "Unit E", "UNIT-E"),
                new OrganizationUnit("UNIT-A", "Unit A lagi", null));
        List<Participant> participants = java.util.Arrays.asList(
                person(NIP_BUDI, "Budi Santoso", "UNIT-A", Rank.IV_A),
                // Rudi comes later in the list.
                withSupervisor(person(NIP_SITI, "Siti Aminah", "UNIT-A", Rank.III_D), NIP_RUDI),
                person(NIP_RUDI, "Rudi Hartono", "UNIT-A", Rank.II_C),
                person(NIP_DEWI, "Dewi\u0000Lestari", "UNIT-Z", Rank.III_A),
                person("19860926 201505 1 001", "Budi Lain", "UNIT-A", Rank.III_A),
                null);
        assertEquals(new ImportResult(13, 0, List.of(
                new RowError(2, FieldError.of("parentCode", "unit.parentUnknown", "NOPE")),
                new RowError(3, FieldError.of("code", "unit.code")),
                new RowError(4, FieldError.of("parentCode", "unit.parentCycle", "UNIT-D")),
                new RowError(5, FieldError.of("parentCode", "unit.parentCycle", "UNIT-C")),
                new RowError(6, FieldError.of("parentCode", "unit.parentCycle", "UNIT-E")),
                new RowError(7, FieldError.of("code", "unit.duplicateInFile", "UNIT-A", 1)),
                new RowError(9, FieldError.of("supervisorNip", "supervisor.unknown", NIP_RUDI)),
                new RowError(11, FieldError.of("name", "text.control")),
                new RowError(11, FieldError.of("unitCode", "unit.unknown", "UNIT-Z")),
                new RowError(12, FieldError.of("nip", "participant.duplicateInFile", NIP_BUDI, 8)),
                new RowError(13, FieldError.of("", "required")))),
                empty.loadIntoEmpty(units, participants));
        assertEquals(List.of(), empty.units());
        assertEquals(0, empty.count());
        // Nothing held the registry up: a good load still goes in.
        assertEquals(new ImportResult(2, 2, List.of()), empty.loadIntoEmpty(units.subList(0, 1),
                participants.subList(0, 1)));
    }

    @Test
    public void loadIntoEmptyOfNothing() throws Exception {
        RegistryService empty = emptyRegistry();
        assertEquals(new ImportResult(0, 0, List.of()), empty.loadIntoEmpty(List.of(), List.of()));
        assertEquals(0, empty.count());
    }
}
