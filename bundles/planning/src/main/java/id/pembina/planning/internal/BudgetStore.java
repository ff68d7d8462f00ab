package id.pembina.planning.internal;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import id.pembina.persistence.api.Jdbc;
import id.pembina.catalog.api.CostCategory;
import id.pembina.planning.api.Budget;
import id.pembina.planning.api.BudgetLine;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ValidationException;

/** Budgets per year and unit ({@code pl_budget}; unit '' is the agency's), one row per cost category. */
final class BudgetStore {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999999999.99");
    private static final String AGENCY = "";

    private final Db db;

    BudgetStore(Db db) {
        this.db = db;
    }

    /** @param unitKnown whether the registry knows the unit */
    Budget set(Budget b, java.util.function.Predicate<String> unitKnown) {
        List<FieldError> errors = new ArrayList<>();
        if (b == null) {
            throw new ValidationException(List.of(FieldError.of("budget", "required")));
        }
        Checks.year(b.year(), "year", errors);
        if (b.unitCode() != null && !unitKnown.test(b.unitCode())) {
            errors.add(FieldError.of("unitCode", "planning.unitUnknown", b.unitCode()));
        }
        Set<String> seen = new HashSet<>();
        List<BudgetLine> lines = new ArrayList<>();
        for (int i = 0; i < b.lines().size(); i++) {
            BudgetLine l = b.lines().get(i);
            String f = "lines[" + i + "]";
            String category = l == null || l.category() == null ? null : l.category().strip().toUpperCase(Locale.ROOT);
            if (category == null || !isCategory(category)) {
                errors.add(FieldError.of(f + ".category", "planning.category", l == null ? null : l.category()));
            } else if (!seen.add(category)) {
                errors.add(FieldError.of(f + ".category", "planning.categoryTwice", category));
            }
            if (l == null || !Checks.amount(l.amount())) {
                errors.add(FieldError.of(f + ".amount", "planning.amount"));
            }
            if (category != null && Checks.amount(l.amount())) {
                lines.add(new BudgetLine(category, l.amount().setScale(2)));
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String unit = b.unitCode() == null ? AGENCY : b.unitCode();
        db.tx(c -> {
            Jdbc.update(c, "DELETE FROM pl_budget WHERE budget_year = ? AND unit_code = ?", b.year(), unit);
            for (BudgetLine l : lines) {
                Jdbc.update(c, "INSERT INTO pl_budget (budget_year, unit_code, category, amount) VALUES (?, ?, ?, ?)",
                        b.year(), unit, l.category(), l.amount());
            }
            return null;
        });
        return budget(b.year(), b.unitCode()).orElse(new Budget(b.year(), b.unitCode(), List.of()));
    }

    Optional<Budget> budget(int year, String unitCode) {
        List<Budget> found = db.tx(c -> read(c, "budget_year = ? AND unit_code = ?", year,
                unitCode == null ? AGENCY : unitCode));
        return found.stream().findFirst();
    }

    /** @param units null for every unit, else the units whose budgets may be read (not the agency's) */
    List<Budget> budgets(int year, List<String> units) {
        if (units == null) {
            return db.tx(c -> read(c, "budget_year = ?", year));
        }
        if (units.isEmpty()) {
            return List.of();
        }
        List<Object> args = new ArrayList<>();
        args.add(year);
        args.addAll(units);
        return db.tx(c -> read(c, "budget_year = ? AND unit_code IN (" + Jdbc.marks(units.size()) + ")", args.toArray()));
    }

    private static List<Budget> read(Connection c, String where, Object... args) throws SQLException {
        Map<String, List<BudgetLine>> byUnit = new LinkedHashMap<>();
        int[] year = new int[1];
        Jdbc.list(c, "SELECT budget_year, unit_code, category, amount FROM pl_budget WHERE " + where
                + " ORDER BY unit_code, category", rs -> {
                    year[0] = rs.getInt(1);
                    byUnit.computeIfAbsent(rs.getString(2), k -> new ArrayList<>())
                            .add(new BudgetLine(rs.getString(3), rs.getBigDecimal(4)));
                    return null;
                }, args);
        List<Budget> out = new ArrayList<>();
        byUnit.forEach((unit, lines) -> out.add(new Budget(year[0], unit.isEmpty() ? null : unit, lines)));
        return out;
    }

    static boolean isCategory(String name) {
        for (CostCategory c : CostCategory.values()) {
            if (c.name().equals(name)) {
                return true;
            }
        }
        return false;
    }
}
