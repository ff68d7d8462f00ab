package id.pembina.planning.schedule.api;

import java.io.Reader;
import java.time.LocalDate;
import java.util.List;

import id.pembina.platform.api.ImportResult;

import org.osgi.annotation.versioning.ProviderType;

/** Duty data: units' minimum staffing and ASN's duty blocks. Staff write; staff and pimpinan (own subtree) read. */
@ProviderType
public interface DutyRoster {

    /** Adds a duty block. @throws id.pembina.platform.api.ValidationException for a bad NIP or dates */
    DutyBlock addDuty(DutyBlock block);

    /** @return duty blocks of the unit's subtree members overlapping the period, by NIP then date */
    List<DutyBlock> duties(String unitCode, LocalDate from, LocalDate to);

    /** Sets (replaces) one rule: unit, weekday and slot are the key; a minimum of 0 removes it. */
    StaffingRule setStaffing(StaffingRule rule);

    /** @return the minimum-staffing rules of the unit's subtree */
    List<StaffingRule> staffing(String unitCode);

    /**
     * Imports duty blocks from CSV ({@code nip,from,to,kind}, header line) all or nothing.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with every refused line
     */
    ImportResult importDuties(Reader csv);

    /**
     * Imports minimum-staffing rules from CSV ({@code unit,weekday,from,to,minimum}) all or nothing.
     *
     * @throws id.pembina.platform.api.ImportRefusedException with every refused line
     */
    ImportResult importStaffing(Reader csv);
}
