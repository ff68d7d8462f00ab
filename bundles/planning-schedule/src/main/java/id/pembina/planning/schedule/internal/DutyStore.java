package id.pembina.planning.schedule.internal;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import javax.sql.DataSource;

import id.pembina.planning.schedule.api.DutyBlock;
import id.pembina.planning.schedule.api.DutyKind;
import id.pembina.planning.schedule.api.StaffingRule;
import id.pembina.platform.api.StorageException;

import static id.pembina.persistence.api.KeyLists.chunks;
import static id.pembina.persistence.api.KeyLists.literals;

/** The duty tables ({@code db/planning-schedule.sql}); each write in one transaction. */
final class DutyStore {

    static final String CHANGE_LOG = "db/planning-schedule.sql";

    private final DataSource dataSource;

    DutyStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    void insertDuties(List<DutyBlock> blocks) {
        write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO ps_duty_block (nip, from_day, to_day, kind) VALUES (?, ?, ?, ?)")) {
                for (DutyBlock b : blocks) {
                    ps.setString(1, b.nip());
                    ps.setDate(2, Date.valueOf(b.from()));
                    ps.setDate(3, Date.valueOf(b.to()));
                    ps.setString(4, b.kind().name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        });
    }

    /** Blocks of these people overlapping the period, by NIP then first day. */
    List<DutyBlock> duties(Collection<String> nips, LocalDate from, LocalDate to) {
        List<DutyBlock> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            for (List<String> chunk : chunks(nips)) {
                try (PreparedStatement ps = c.prepareStatement("SELECT nip, from_day, to_day, kind FROM ps_duty_block "
                        + "WHERE nip IN (" + literals(chunk) + ") AND to_day >= ? AND from_day <= ? "
                        + "ORDER BY nip, from_day")) {
                    ps.setDate(1, Date.valueOf(from));
                    ps.setDate(2, Date.valueOf(to));
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            out.add(new DutyBlock(rs.getString(1).trim(), rs.getDate(2).toLocalDate(),
                                    rs.getDate(3).toLocalDate(), DutyKind.valueOf(rs.getString(4))));
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new StorageException("duty blocks", e);
        }
        return out;
    }

    /** Replaces rules by their key; a minimum of 0 only removes. */
    void putStaffing(List<StaffingRule> rules) {
        write(c -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM ps_staffing_rule WHERE unit_code = ? "
                    + "AND weekday = ? AND from_time = ? AND to_time = ?");
                    PreparedStatement ins = c.prepareStatement("INSERT INTO ps_staffing_rule (unit_code, weekday, "
                            + "from_time, to_time, minimum) VALUES (?, ?, ?, ?, ?)")) {
                for (StaffingRule r : rules) {
                    del.setString(1, r.unitCode());
                    del.setString(2, r.weekday().name());
                    del.setString(3, r.from().toString());
                    del.setString(4, r.to().toString());
                    del.executeUpdate();
                    if (r.minimum() > 0) {
                        ins.setString(1, r.unitCode());
                        ins.setString(2, r.weekday().name());
                        ins.setString(3, r.from().toString());
                        ins.setString(4, r.to().toString());
                        ins.setInt(5, r.minimum());
                        ins.executeUpdate();
                    }
                }
            }
        });
    }

    /** Every rule, by unit, weekday and start (units are few: the caller filters by subtree). */
    List<StaffingRule> staffing() {
        List<StaffingRule> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT unit_code, weekday, from_time, to_time, minimum "
                        + "FROM ps_staffing_rule ORDER BY unit_code, weekday, from_time");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new StaffingRule(rs.getString(1), DayOfWeek.valueOf(rs.getString(2)),
                        LocalTime.parse(rs.getString(3)), LocalTime.parse(rs.getString(4)), rs.getInt(5)));
            }
        } catch (SQLException e) {
            throw new StorageException("staffing rules", e);
        }
        return out;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void write(Work work) {
        Sql.tx(dataSource, "duty data", c -> {
            work.run(c);
            return null;
        });
    }
}
