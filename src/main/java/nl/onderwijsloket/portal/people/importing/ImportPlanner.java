package nl.onderwijsloket.portal.people.importing;

import static nl.onderwijsloket.portal.people.importing.ImportValues.key;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.importing.data.EmployeeWrite;
import nl.onderwijsloket.portal.people.importing.data.ExistingEmployee;
import nl.onderwijsloket.portal.people.importing.data.SchoolRef;
import org.jspecify.annotations.Nullable;

/**
 * Decides, for a parsed file and what the database holds for the board, what each row would do and which
 * rows cannot be imported. Pure: the same file and snapshot always give the same plan, which is how a commit
 * recognises that nothing changed since the preview.
 *
 * <p>A row updates the board's employee with its employee number, or else the one with its e-mail address,
 * and otherwise adds a new employee. Optional columns the file lacks leave existing values as they are; an
 * empty {@code taal} keeps the language, an empty {@code in dienst sinds} clears the date and an empty school
 * means the board office.
 */
final class ImportPlanner {

    static final String DEFAULT_LANGUAGE = "nl";

    /** What the database holds for the importing board, as far as the file needs it. */
    record Snapshot(long boardId, List<ExistingEmployee> employees, List<SchoolRef> schools,
                    Set<String> emailsOfOtherBoards) {
    }

    /** The preview, and what committing it writes. */
    record Plan(ImportPreview preview, List<EmployeeWrite> inserts, List<EmployeeWrite> updates) {
    }

    private ImportPlanner() {
    }

    /** The schools (BRIN codes or names) the file names, to look up. */
    static Set<String> schoolsNamed(EmployeeCsv csv) {
        return values(csv, ImportColumn.SCHOOL);
    }

    /** The e-mail addresses the file holds, to look up at other boards. */
    static Set<String> emails(EmployeeCsv csv) {
        return values(csv, ImportColumn.EMAIL);
    }

    private static Set<String> values(EmployeeCsv csv, ImportColumn column) {
        return csv.rows().stream().map(row -> row.get(column)).filter(value -> !value.isEmpty())
                .collect(Collectors.toSet());
    }

    static Plan plan(EmployeeCsv csv, Snapshot snapshot) {
        if (!csv.errors().isEmpty()) {
            return new Plan(new ImportPreview(csv.errors(), List.of()), List.of(), List.of());
        }
        var schools = new Schools(snapshot);
        Map<Long, String> numbers = snapshot.employees().stream()
                .collect(Collectors.toMap(ExistingEmployee::id, ExistingEmployee::employeeNumber));
        List<Candidate> candidates = csv.rows().stream().map(row -> new Candidate(row, csv, schools)).toList();
        markDuplicates(candidates, c -> c.number, "import.error.duplicate-number");
        markDuplicates(candidates, c -> c.email, "import.error.duplicate-email");
        match(candidates, snapshot);
        markSameTarget(candidates);
        resolveLineManagers(candidates, snapshot);

        List<ImportRow> rows = new ArrayList<>();
        List<EmployeeWrite> inserts = new ArrayList<>();
        List<EmployeeWrite> updates = new ArrayList<>();
        for (Candidate c : candidates) {
            ImportAction action;
            List<FieldChange> changes = List.of();
            if (!c.errors.isEmpty()) {
                action = ImportAction.ERROR;
            } else if (c.target == null) {
                action = ImportAction.NEW;
                inserts.add(c.write(null));
            } else {
                changes = c.changes(schools, numbers);
                action = changes.isEmpty() ? ImportAction.UNCHANGED : ImportAction.UPDATE;
                if (action == ImportAction.UPDATE) {
                    updates.add(c.write(c.target));
                }
            }
            CsvRow row = c.row;
            rows.add(new ImportRow(row.line(), c.number, c.firstName, row.get(ImportColumn.NAME_PREFIX), c.lastName,
                    c.email, c.schoolText, c.school == null ? null : c.school.name(), row.get(ImportColumn.FUNCTION),
                    c.function, action, c.target == null ? null : c.target.id(), changes, c.errors));
        }
        return new Plan(new ImportPreview(List.of(), rows), inserts, updates);
    }

    /** Every row whose value occurs in another row too gets an error naming the first other row. */
    private static void markDuplicates(List<Candidate> candidates, Function<Candidate, String> value, String error) {
        Map<String, List<Candidate>> byKey = new LinkedHashMap<>();
        for (Candidate c : candidates) {
            String v = value.apply(c);
            if (!v.isEmpty()) {
                byKey.computeIfAbsent(key(v), k -> new ArrayList<>()).add(c);
            }
        }
        for (List<Candidate> group : byKey.values()) {
            if (group.size() > 1) {
                for (Candidate c : group) {
                    c.duplicate = true;
                    c.errors.add(ImportMessage.of(error, value.apply(c), otherLine(group, c)));
                }
            }
        }
    }

    /** Finds the employee each row is about, and e-mail addresses that belong to someone else. */
    private static void match(List<Candidate> candidates, Snapshot snapshot) {
        Map<String, ExistingEmployee> byNumber = index(snapshot.employees(), ExistingEmployee::employeeNumber);
        Map<String, ExistingEmployee> byEmail = index(snapshot.employees(), ExistingEmployee::email);
        Set<String> elsewhere = snapshot.emailsOfOtherBoards().stream().map(ImportValues::key)
                .collect(Collectors.toSet());
        for (Candidate c : candidates) {
            ExistingEmployee withNumber = c.number.isEmpty() ? null : byNumber.get(key(c.number));
            ExistingEmployee withEmail = c.email.isEmpty() ? null : byEmail.get(key(c.email));
            c.target = withNumber != null ? withNumber : withEmail;
            if (withNumber != null && withEmail != null && withNumber.id() != withEmail.id()) {
                c.errors.add(ImportMessage.of("import.error.email-taken", c.email, withEmail.employeeNumber()));
            }
            if (!c.email.isEmpty() && elsewhere.contains(key(c.email))) {
                c.errors.add(ImportMessage.of("import.error.email-other-board", c.email));
            }
        }
    }

    /** Two rows about one employee (one by number, the other by e-mail address) are both errors. */
    private static void markSameTarget(List<Candidate> candidates) {
        Map<Long, List<Candidate>> byTarget = candidates.stream().filter(c -> c.target != null)
                .collect(Collectors.groupingBy(c -> c.target.id(), LinkedHashMap::new, Collectors.toList()));
        for (List<Candidate> group : byTarget.values()) {
            if (group.size() > 1) {
                for (Candidate c : group) {
                    if (!c.duplicate) {
                        c.errors.add(ImportMessage.of("import.error.same-employee", otherLine(group, c)));
                    }
                }
            }
        }
    }

    /**
     * Finds the line manager each row names, by employee number or e-mail address, among the file's rows and
     * the board's employees, as the employee number they will have after the import. A manager whose own row
     * cannot be imported makes this row an error too; repeated until nothing changes, for chains of managers.
     */
    private static void resolveLineManagers(List<Candidate> candidates, Snapshot snapshot) {
        Map<String, Candidate> rowsByNumber = new HashMap<>();
        Map<String, Candidate> rowsByEmail = new HashMap<>();
        Map<Long, Candidate> rowsByTarget = new HashMap<>();
        for (Candidate c : candidates) {
            if (!c.number.isEmpty()) {
                rowsByNumber.putIfAbsent(key(c.number), c);
            }
            if (!c.email.isEmpty()) {
                rowsByEmail.putIfAbsent(key(c.email), c);
            }
            if (c.target != null) {
                rowsByTarget.putIfAbsent(c.target.id(), c);
            }
        }
        Map<String, ExistingEmployee> byNumber = index(snapshot.employees(), ExistingEmployee::employeeNumber);
        Map<String, ExistingEmployee> byEmail = index(snapshot.employees(), ExistingEmployee::email);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Candidate c : candidates) {
                if (c.managerText.isEmpty() || !c.errors.isEmpty()) {
                    continue;
                }
                String k = key(c.managerText);
                Candidate row = rowsByNumber.getOrDefault(k, rowsByEmail.get(k));
                ExistingEmployee existing = byNumber.getOrDefault(k, byEmail.get(k));
                if (row == null && existing != null) {
                    row = rowsByTarget.get(existing.id());
                }
                ImportMessage error = null;
                if (row == c || (existing != null && c.target != null && existing.id() == c.target.id())) {
                    error = ImportMessage.of("import.error.manager-self", c.managerText);
                } else if (row != null && !row.errors.isEmpty()) {
                    error = row.target == null ? ImportMessage.of("import.error.manager-not-imported",
                            c.managerText, row.row.line()) : null;
                    c.managerNumber = row.target == null ? null : row.target.employeeNumber();
                } else if (row != null) {
                    c.managerNumber = row.number;
                } else if (existing != null) {
                    c.managerNumber = existing.employeeNumber();
                } else {
                    error = ImportMessage.of("import.error.manager-unknown", c.managerText);
                }
                if (error != null) {
                    c.errors.add(error);
                    c.managerNumber = null;
                    changed = true;
                }
            }
        }
    }

    private static int otherLine(List<Candidate> group, Candidate c) {
        return group.stream().filter(other -> other != c).findFirst().orElseThrow().row.line();
    }

    private static <T> Map<String, T> index(Collection<T> items, Function<T, String> value) {
        Map<String, T> index = new HashMap<>();
        items.forEach(item -> index.putIfAbsent(key(value.apply(item)), item));
        return index;
    }

    /** The board's schools by BRIN code and name, and other boards' schools the file names. */
    private static final class Schools {

        private final long boardId;
        private final List<SchoolRef> all;
        private final Map<Long, SchoolRef> byId;

        Schools(Snapshot snapshot) {
            boardId = snapshot.boardId();
            all = snapshot.schools();
            byId = all.stream().collect(Collectors.toMap(SchoolRef::id, Function.identity(), (a, b) -> a));
        }

        @Nullable String name(@Nullable Long id) {
            return id == null || !byId.containsKey(id) ? null : byId.get(id).name();
        }

        /** The board's school with this BRIN code or name, or the error that explains why there is none. */
        Resolved resolve(String text) {
            String k = key(text);
            Optional<SchoolRef> byBrin = all.stream().filter(s -> key(s.brin()).equals(k)).findFirst();
            if (byBrin.isPresent()) {
                return byBrin.get().boardId() == boardId ? new Resolved(byBrin.get(), null)
                        : new Resolved(null, ImportMessage.of("import.error.school-other-board", text));
            }
            List<SchoolRef> own = all.stream().filter(s -> s.boardId() == boardId && key(s.name()).equals(k)).toList();
            if (own.size() == 1) {
                return new Resolved(own.getFirst(), null);
            }
            if (own.size() > 1) {
                return new Resolved(null, ImportMessage.of("import.error.school-ambiguous", text));
            }
            boolean elsewhere = all.stream().anyMatch(s -> key(s.name()).equals(k));
            return new Resolved(null, ImportMessage.of(elsewhere ? "import.error.school-other-board"
                    : "import.error.school-unknown", text));
        }

        record Resolved(@Nullable SchoolRef school, @Nullable ImportMessage error) {
        }
    }

    /** One row on its way to the preview: its values understood, its errors collected. */
    private static final class Candidate {

        final CsvRow row;
        final List<ImportMessage> errors = new ArrayList<>();
        final String number;
        final String firstName;
        final @Nullable String namePrefix;
        final String lastName;
        final String email;
        final String schoolText;
        final boolean hasStartedOn;
        final boolean hasLineManager;
        final boolean hasSubjects;
        /** The line manager as the file names them: an employee number or e-mail address; empty for none. */
        final String managerText;
        /** The employee number the line manager has after the import; null for none. */
        @Nullable String managerNumber;
        final @Nullable String subjects;
        @Nullable SchoolRef school;
        @Nullable JobFunction function;
        /** Null: keep the employee's language (a new employee gets Dutch). */
        @Nullable String language;
        @Nullable LocalDate startedOn;
        @Nullable ExistingEmployee target;
        boolean duplicate;

        Candidate(CsvRow row, EmployeeCsv csv, Schools schools) {
            this.row = row;
            number = text(ImportColumn.EMPLOYEE_NUMBER);
            firstName = text(ImportColumn.FIRST_NAME);
            String prefix = text(ImportColumn.NAME_PREFIX);
            namePrefix = prefix.isEmpty() ? null : prefix;
            lastName = text(ImportColumn.LAST_NAME);
            email = text(ImportColumn.EMAIL);
            if (!email.isEmpty() && !ImportValues.validEmail(email)) {
                errors.add(ImportMessage.of("import.error.email-invalid", email));
            }
            schoolText = row.get(ImportColumn.SCHOOL);
            if (!schoolText.isEmpty()) {
                var resolved = schools.resolve(schoolText);
                school = resolved.school();
                if (resolved.error() != null) {
                    errors.add(resolved.error());
                }
            }
            String functionText = text(ImportColumn.FUNCTION);
            if (!functionText.isEmpty()) {
                function = ImportValues.function(functionText).orElse(null);
                if (function == null) {
                    errors.add(ImportMessage.of("import.error.function-unknown", functionText));
                }
            }
            String languageText = row.get(ImportColumn.LANGUAGE);
            if (!languageText.isEmpty()) {
                language = ImportValues.language(languageText).orElse(null);
                if (language == null) {
                    errors.add(ImportMessage.of("import.error.language-unknown", languageText));
                }
            }
            hasStartedOn = csv.has(ImportColumn.STARTED_ON);
            String dateText = row.get(ImportColumn.STARTED_ON);
            if (!dateText.isEmpty()) {
                startedOn = ImportValues.date(dateText).orElse(null);
                if (startedOn == null) {
                    errors.add(ImportMessage.of("import.error.date-invalid", dateText));
                }
            }
            hasLineManager = csv.has(ImportColumn.LINE_MANAGER);
            managerText = row.get(ImportColumn.LINE_MANAGER);
            hasSubjects = csv.has(ImportColumn.SUBJECTS);
            subjects = ImportValues.subjects(text(ImportColumn.SUBJECTS));
        }

        /** The column's value, after checking that a required one is there and that it fits the database. */
        private String text(ImportColumn column) {
            String value = row.get(column);
            if (column.required() && value.isEmpty()) {
                errors.add(ImportMessage.of("import.error.required", column));
            } else if (column.maxLength() > 0 && value.length() > column.maxLength()) {
                errors.add(ImportMessage.of("import.error.too-long", column, column.maxLength()));
            }
            return value;
        }

        @Nullable Long schoolId() {
            return school == null ? null : school.id();
        }

        /** What updating the target changes; {@code numbers} gives the board's employee numbers by id. */
        List<FieldChange> changes(Schools schools, Map<Long, String> numbers) {
            ExistingEmployee e = Objects.requireNonNull(target);
            List<FieldChange> changes = new ArrayList<>();
            change(changes, ImportColumn.EMPLOYEE_NUMBER, e.employeeNumber(), number);
            change(changes, ImportColumn.FIRST_NAME, e.firstName(), firstName);
            change(changes, ImportColumn.NAME_PREFIX, blankToNull(e.namePrefix()), namePrefix);
            change(changes, ImportColumn.LAST_NAME, e.lastName(), lastName);
            change(changes, ImportColumn.EMAIL, e.email(), email);
            if (!Objects.equals(e.schoolId(), schoolId())) {
                changes.add(new FieldChange(ImportColumn.SCHOOL, schools.name(e.schoolId()),
                        school == null ? null : school.name()));
            }
            change(changes, ImportColumn.FUNCTION, e.function(), function);
            if (language != null) {
                change(changes, ImportColumn.LANGUAGE, e.preferredLocale(), language);
            }
            if (hasStartedOn) {
                change(changes, ImportColumn.STARTED_ON, e.startedOn(), startedOn);
            }
            if (hasLineManager) {
                change(changes, ImportColumn.LINE_MANAGER, e.lineManagerId() == null ? null : numbers.get(e.lineManagerId()), managerNumber);
            }
            if (hasSubjects) {
                change(changes, ImportColumn.SUBJECTS, e.subjects(), subjects);
            }
            return changes;
        }

        private static void change(List<FieldChange> changes, ImportColumn column, @Nullable Object from,
                                   @Nullable Object to) {
            if (!Objects.equals(from, to)) {
                changes.add(new FieldChange(column, from, to));
            }
        }

        EmployeeWrite write(@Nullable ExistingEmployee existing) {
            String locale = language != null ? language
                    : existing != null ? existing.preferredLocale() : DEFAULT_LANGUAGE;
            LocalDate started = hasStartedOn || existing == null ? startedOn : existing.startedOn();
            String subjectsAfter = hasSubjects || existing == null ? subjects : existing.subjects();
            // The manager is kept by id, so a row without the column (or a renumbered employee) needs no link.
            return new EmployeeWrite(existing == null ? null : existing.id(), number, firstName, namePrefix,
                    lastName, email, schoolId(), Objects.requireNonNull(function), locale, started, subjectsAfter,
                    hasLineManager && (existing != null || managerNumber != null), managerNumber);
        }

        private static @Nullable String blankToNull(@Nullable String text) {
            return text == null || text.isBlank() ? null : text;
        }
    }
}
