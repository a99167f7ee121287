package nl.onderwijsloket.portal.demo;

import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.onderwijsloket.portal.demo.DemoAccounts.DemoAccount;
import nl.onderwijsloket.portal.demo.DemoOrganisations.Board;
import nl.onderwijsloket.portal.demo.DemoOrganisations.Provider;
import nl.onderwijsloket.portal.demo.DemoOrganisations.School;
import nl.onderwijsloket.portal.demo.DemoPeople.Employee;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Writes the region, boards, schools, providers, employees and demo accounts. */
final class OrganisationWriter {

    private final Jdbc jdbc;
    private final LocalDateTime now;
    private final Map<String, Long> boardIds = new HashMap<>();
    private final Map<String, Long> schoolIds = new HashMap<>();
    private final Map<String, Long> providerIds = new HashMap<>();
    private final Map<String, Employee> employeesByUsername = new HashMap<>();
    private final Map<String, Long> employeeIdsByUsername = new HashMap<>();

    OrganisationWriter(Jdbc jdbc, LocalDateTime now) {
        this.jdbc = jdbc;
        this.now = now;
    }

    /** Provider id by provider code, once {@link #write} has run. */
    Map<String, Long> providerIds() {
        return providerIds;
    }

    void write(Random random) throws SQLException {
        long regionId = jdbc.nextId("region");
        jdbc.insert("INSERT INTO region (id, code, name) VALUES (?, ?, ?)",
                List.<Object[]>of(new Object[] {regionId, DemoOrganisations.REGION_CODE,
                        DemoOrganisations.REGION_NAME}));
        writeBoards(regionId);
        writeSchools();
        writeProviders();
        writeEmployees(DemoPeople.generate(random, now.toLocalDate()));
        writeAccounts();
    }

    private void writeBoards(long regionId) throws SQLException {
        long id = jdbc.nextId("board");
        List<Object[]> rows = new ArrayList<>();
        for (Board board : DemoOrganisations.BOARDS) {
            boardIds.put(board.code(), id);
            rows.add(new Object[] {id++, regionId, board.code(), board.name()});
        }
        jdbc.insert("INSERT INTO board (id, region_id, code, name) VALUES (?, ?, ?, ?)", rows);
    }

    private void writeSchools() throws SQLException {
        long id = jdbc.nextId("school");
        List<Object[]> rows = new ArrayList<>();
        for (School school : DemoOrganisations.SCHOOLS) {
            schoolIds.put(school.brin(), id);
            rows.add(new Object[] {id++, boardIds.get(school.boardCode()), school.brin(), school.name(),
                    school.sector().name(), school.town()});
        }
        jdbc.insert("INSERT INTO school (id, board_id, brin, name, sector, town) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    private void writeProviders() throws SQLException {
        long id = jdbc.nextId("provider");
        List<Object[]> rows = new ArrayList<>();
        for (Provider provider : DemoOrganisations.PROVIDERS) {
            providerIds.put(provider.code(), id);
            rows.add(new Object[] {id++, provider.code(), provider.name(), provider.kind().name(), provider.town(),
                    provider.website(), provider.boardCode() == null ? null : boardIds.get(provider.boardCode())});
        }
        jdbc.insert("INSERT INTO provider (id, code, name, kind, town, website, board_id) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void writeEmployees(List<Employee> employees) throws SQLException {
        long id = jdbc.nextId("employee");
        List<Object[]> rows = new ArrayList<>();
        for (Employee employee : employees) {
            if (employee.username() != null) {
                employeesByUsername.put(employee.username(), employee);
                employeeIdsByUsername.put(employee.username(), id);
            }
            rows.add(new Object[] {id++, boardIds.get(employee.boardCode()),
                    employee.brin() == null ? null : schoolIds.get(employee.brin()), employee.employeeNumber(),
                    employee.firstName(), employee.namePrefix(), employee.lastName(), employee.email(),
                    employee.function().name(), employee.locale(), employee.startedOn(), now, now});
        }
        jdbc.insert("INSERT INTO employee (id, board_id, school_id, employee_number, first_name, name_prefix, "
                + "last_name, email, job_function, preferred_locale, started_on, created_at, updated_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows);
    }

    private void writeAccounts() throws SQLException {
        PasswordEncoder encoder = PasswordEncoderFactories.createDelegatingPasswordEncoder();
        long id = jdbc.nextId("user_account");
        List<Object[]> accounts = new ArrayList<>();
        List<Object[]> roles = new ArrayList<>();
        for (DemoAccount account : DemoAccounts.ALL) {
            Employee employee = employeesByUsername.get(account.username());
            Long employeeId = employeeIdsByUsername.get(account.username());
            Long boardId = employee == null ? null : boardIds.get(employee.boardCode());
            Long providerId = account == DemoAccounts.PROVIDER ? providerIds.get(DemoOrganisations.HOGESCHOOL) : null;
            if (employee != null) {
                checkMatches(account, employee);
            }
            accounts.add(new Object[] {id, account.username(), encoder.encode(DemoAccounts.DEMO_PASSWORD),
                    account.displayName(), account.email(), employeeId, boardId, providerId});
            for (String role : account.roles()) {
                roles.add(new Object[] {id, role});
            }
            id++;
        }
        jdbc.insert("INSERT INTO user_account (id, username, password_hash, display_name, email, employee_id, "
                + "board_id, provider_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", accounts);
        jdbc.insert("INSERT INTO user_account_role (user_account_id, role) VALUES (?, ?)", roles);
    }

    private static void checkMatches(DemoAccount account, Employee employee) {
        String fullName = employee.firstName() + (employee.namePrefix() == null ? "" : " " + employee.namePrefix())
                + " " + employee.lastName();
        if (!fullName.equals(account.displayName()) || !employee.email().equals(account.email())) {
            throw new IllegalStateException("Demo account " + account.username() + " does not match its employee "
                    + fullName + " <" + employee.email() + ">");
        }
    }
}
