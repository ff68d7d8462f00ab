package id.pembina.catalog.shell.internal;

import static org.junit.Assert.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.Test;

import id.pembina.catalog.api.CostCategory;
import id.pembina.catalog.api.CostLine;
import id.pembina.catalog.api.DeliveryMode;
import id.pembina.catalog.api.SessionRole;
import id.pembina.catalog.api.Meeting;
import id.pembina.catalog.api.TrainingSession;
import id.pembina.platform.api.BundleMessages;
import id.pembina.platform.api.Messages;

public class SessionShowCommandTest {

    private static final Messages MESSAGES = Messages.of(List.of(
            new BundleMessages("id.pembina.catalog.shell.internal.texts", SessionShowCommand.class.getClassLoader())));

    @Test
    public void meetingsAndCostLinesInBothLanguages() {
        LocalDateTime day1 = LocalDateTime.of(2026, 4, 6, 8, 0);
        LocalDateTime day2 = LocalDateTime.of(2026, 4, 7, 8, 0);
        TrainingSession s = new TrainingSession(1234L, "KOM-PELAYANAN", day1, day2.plusHours(8), "Aula Kelurahan", null,
                25, List.of("Dr. Rina"), List.of(new CostLine(CostCategory.VENUE, "Sewa aula", new BigDecimal("1500000")),
                        new CostLine(CostCategory.CONSUMPTION, "Makan siang", new BigDecimal("750000.50"))),
                List.of(new Meeting(1, day1, day1.plusHours(8)), new Meeting(2, day2, day2.plusHours(8))),
                3, 1, new BigDecimal("2250000.50"), 16, false)
                .with(DeliveryMode.BLENDED, List.of(new SessionRole("197001011995031001", SessionRole.Kind.MENTOR)));
        assertEquals(List.of(
                "Sesi 1234: KOM-PELAYANAN, 2026-04-06T08:00 s.d. 2026-04-07T16:00 / Session 1234: KOM-PELAYANAN, 2026-04-06T08:00 to 2026-04-07T16:00",
                "  3 dari 25 kursi terisi, 1 daftar tunggu, 16 JP terjadwal; modul sedang tidak terpasang / 3 of 25 seats taken, 1 waitlisted, 16 JP scheduled; module not installed now",
                "  tempat: Aula Kelurahan / venue: Aula Kelurahan",
                "  penyampaian: BLENDED / delivery: BLENDED",
                "  fasilitator: Dr. Rina / facilitator: Dr. Rina",
                "  peran MENTOR: 197001011995031001 / role MENTOR: 197001011995031001",
                "  pertemuan 1: 2026-04-06T08:00 s.d. 2026-04-06T16:00 / meeting 1: 2026-04-06T08:00 to 2026-04-06T16:00",
                "  pertemuan 2: 2026-04-07T08:00 s.d. 2026-04-07T16:00 / meeting 2: 2026-04-07T08:00 to 2026-04-07T16:00",
                "  biaya VENUE: Sewa aula, Rp 1500000 / cost VENUE: Sewa aula, Rp 1500000",
                "  biaya CONSUMPTION: Makan siang, Rp 750000.50 / cost CONSUMPTION: Makan siang, Rp 750000.50",
                "  total biaya Rp 2250000.50 / total cost Rp 2250000.50"),
                SessionShowCommand.lines(s, MESSAGES));
    }
}
