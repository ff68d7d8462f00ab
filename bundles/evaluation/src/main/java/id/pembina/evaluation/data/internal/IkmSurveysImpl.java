package id.pembina.evaluation.data.internal;

import java.io.Reader;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import id.pembina.evaluation.api.EvaluationEngine;
import id.pembina.evaluation.api.IkmResponse;
import id.pembina.evaluation.data.api.EvaluationDataService;
import id.pembina.evaluation.data.api.IkmAnswer;
import id.pembina.evaluation.data.api.IkmSurvey;
import id.pembina.evaluation.data.api.IkmSurveys;
import id.pembina.participant.api.Nip;
import id.pembina.participant.api.ParticipantRegistry;
import id.pembina.platform.api.ConflictException;
import id.pembina.platform.api.FieldError;
import id.pembina.platform.api.ImportResult;
import id.pembina.platform.api.ImportResult.RowError;
import id.pembina.platform.api.NotFoundException;
import id.pembina.platform.api.ValidationException;

/** IKM survey answers per unit and period, checked, stored once per respondent, and computed by the engine. */
@Component(immediate = true, service = IkmSurveys.class, property = "dataSource.target=(dataSourceName=pembina)")
public final class IkmSurveysImpl implements IkmSurveys {

    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}-(0[1-9]|1[0-2])");
    private static final int MAX_RESPONDENT = 60;

    private final Transactions tx;
    private final IkmStore store = new IkmStore();
    private final ParticipantRegistry registry;
    private final EvaluationEngine engine;
    private final Clock clock;

    /** The evaluation data service is asked for so that its tables exist before this component runs. */
    @Activate
    public IkmSurveysImpl(@Reference(name = "dataSource") DataSource dataSource,
            @Reference(name = "evaluation") EvaluationDataService migrated,
            @Reference(name = "registry") ParticipantRegistry registry,
            @Reference(name = "engine") EvaluationEngine engine) {
        this(dataSource, registry, engine, Clock.system(Nip.WIB));
    }

    /** For tests: the tables must exist (an {@code EvaluationDataServiceImpl} on the same data source). */
    IkmSurveysImpl(DataSource dataSource, ParticipantRegistry registry, EvaluationEngine engine, Clock clock) {
        this.tx = new Transactions(dataSource);
        this.registry = registry;
        this.engine = engine;
        this.clock = clock;
    }

    @Override
    public IkmSurvey record(String unitCode, String period, List<IkmAnswer> answers) {
        Allowed.staff();
        List<FieldError> errors = new ArrayList<>();
        String unit = checkUnitAndPeriod(unitCode, period, errors);
        if (answers == null || answers.isEmpty()) {
            errors.add(FieldError.of("answers", "evaluation.empty"));
        }
        Map<String, List<Integer>> checked = new LinkedHashMap<>();
        for (int i = 0; answers != null && i < answers.size(); i++) {
            check(answers.get(i), "answers[" + i + "].", checked, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        String p = period.strip();
        storeAll(unit, p, checked);
        return compute(unit, p);
    }

    @Override
    public ImportResult importCsv(String unitCode, String period, Reader csv) {
        Allowed.staff();
        List<FieldError> errors = new ArrayList<>();
        String unit = checkUnitAndPeriod(unitCode, period, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        CsvTable.Result table = CsvTable.read(csv);
        List<RowError> rowErrors = new ArrayList<>(table.errors());
        List<String> columns = new ArrayList<>(List.of("respondentId"));
        for (int i = 1; i <= IkmResponse.ELEMENTS; i++) {
            columns.add("u" + i);
        }
        if (!table.headerBroken()) {
            rowErrors.addAll(CsvTable.requireColumns(table.header(), columns));
        }
        Map<String, List<Integer>> checked = new LinkedHashMap<>();
        if (rowErrors.stream().noneMatch(e -> e.line() == 1)) {
            for (CsvTable.Row row : table.rows()) {
                List<Integer> ratings = new ArrayList<>();
                List<FieldError> rowFieldErrors = new ArrayList<>();
                for (int i = 1; i <= IkmResponse.ELEMENTS; i++) {
                    String cell = row.get("u" + i);
                    try {
                        ratings.add(cell == null ? null : Integer.valueOf(cell));
                    } catch (NumberFormatException e) {
                        rowFieldErrors.add(FieldError.of("u" + i, "evaluation.ikmRating"));
                        ratings.add(null);
                    }
                }
                if (rowFieldErrors.isEmpty()) {
                    check(new IkmAnswer(row.get("respondentId"), ratings), "", checked, rowFieldErrors);
                }
                rowFieldErrors.forEach(e -> rowErrors.add(new RowError(row.line(), csvField(e))));
            }
        }
        if (!rowErrors.isEmpty()) {
            return new ImportResult(table.count(), 0, rowErrors);
        }
        try {
            storeAll(unit, period.strip(), checked);
        } catch (ConflictException e) {
            return new ImportResult(table.count(), 0, List.of(new RowError(1, FieldError.of("respondentId",
                    "evaluation.ikmDuplicate", e.key()))));
        }
        return new ImportResult(table.count(), table.count(), List.of());
    }

    /** {@code ratings[i]} of an answer is column {@code u(i+1)} of the file. */
    private static FieldError csvField(FieldError e) {
        String f = e.field();
        if (f.startsWith("ratings[")) {
            int i = Integer.parseInt(f.substring("ratings[".length(), f.indexOf(']')));
            return new FieldError("u" + (i + 1), e.code(), e.args());
        }
        return e;
    }

    @Override
    public IkmSurvey ikm(String unitCode, String period) {
        Allowed.unit(registry, unitCode);
        List<FieldError> errors = new ArrayList<>();
        String unit = checkUnitAndPeriod(unitCode, period, errors);
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return compute(unit, period.strip());
    }

    @Override
    public List<IkmSurvey> history(String unitCode) {
        Allowed.unit(registry, unitCode);
        String unit = unitCode == null ? "" : unitCode.strip();
        if (registry.findUnit(unit).isEmpty()) {
            throw new NotFoundException(unit);
        }
        List<IkmSurvey> out = new ArrayList<>();
        tx.run(c -> store.byUnit(c, List.of(unit))).getOrDefault(unit, Map.of())
                .forEach((period, responses) -> out.add(new IkmSurvey(unit, period, engine.ikm(responses))));
        return out;
    }

    private String checkUnitAndPeriod(String unitCode, String period, List<FieldError> errors) {
        String unit = unitCode == null ? "" : unitCode.strip();
        if (registry.findUnit(unit).isEmpty()) {
            throw new NotFoundException(unit);
        }
        if (period == null || !PERIOD.matcher(period.strip()).matches()) {
            errors.add(FieldError.of("period", "evaluation.periodFormat", String.valueOf(period)));
        }
        return unit;
    }

    /** Checks one answer; a good one goes into {@code checked} by respondent. */
    private static void check(IkmAnswer a, String at, Map<String, List<Integer>> checked, List<FieldError> errors) {
        int before = errors.size();
        String id = a == null || a.respondentId() == null ? "" : a.respondentId().strip();
        if (id.isEmpty() || id.length() > MAX_RESPONDENT || Checks.hasControl(id)) {
            errors.add(FieldError.of(at + "respondentId", "evaluation.ikmRespondent", String.valueOf(MAX_RESPONDENT)));
        } else if (checked.containsKey(id)) {
            errors.add(FieldError.of(at + "respondentId", "evaluation.ikmTwice", id));
        }
        List<Integer> ratings = a == null ? List.of() : a.ratings();
        if (ratings.size() != IkmResponse.ELEMENTS) {
            errors.add(FieldError.of(at + "ratings", "evaluation.ikmElements", String.valueOf(ratings.size())));
        } else {
            for (int i = 0; i < ratings.size(); i++) {
                Integer r = ratings.get(i);
                if (r == null || r < 1 || r > 4) {
                    errors.add(FieldError.of(at + "ratings[" + i + "]", "evaluation.ikmRating"));
                }
            }
        }
        if (errors.size() == before) {
            checked.put(id, List.copyOf(ratings));
        }
    }

    /** Stores new answers, all or none; an identical stored answer is kept, a different one refused. */
    private void storeAll(String unit, String period, Map<String, List<Integer>> answers) {
        tx.run(c -> {
            Map<String, List<Integer>> stored = store.answers(c, unit, period);
            for (Map.Entry<String, List<Integer>> a : answers.entrySet()) {
                List<Integer> old = stored.get(a.getKey());
                if (old != null && !old.equals(a.getValue())) {
                    throw new ConflictException("IKM respondent " + a.getKey() + " of " + unit + " in " + period);
                }
            }
            for (Map.Entry<String, List<Integer>> a : answers.entrySet()) {
                if (!stored.containsKey(a.getKey())) {
                    store.insert(c, unit, period, a.getKey(), a.getValue(), clock.instant());
                }
            }
            return null;
        });
    }

    private IkmSurvey compute(String unit, String period) {
        Map<String, List<Integer>> answers = tx.run(c -> store.answers(c, unit, period));
        List<IkmResponse> responses = new ArrayList<>();
        answers.forEach((id, ratings) -> responses.add(new IkmResponse(id, ratings)));
        return new IkmSurvey(unit, period, engine.ikm(responses));
    }
}
