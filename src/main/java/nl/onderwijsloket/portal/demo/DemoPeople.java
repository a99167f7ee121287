package nl.onderwijsloket.portal.demo;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.Set;
import nl.onderwijsloket.portal.demo.DemoOrganisations.Board;
import nl.onderwijsloket.portal.demo.DemoOrganisations.School;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;

/** Employees of the boards: the people behind the demo accounts plus a seeded crowd of colleagues. */
final class DemoPeople {

    /** An employee to insert; {@code brin} is null for board-office staff, {@code username} for demo accounts. */
    record Employee(String boardCode, String brin, String employeeNumber, String firstName, String namePrefix,
            String lastName, String email, JobFunction function, String locale, LocalDate startedOn,
            String username) {
    }

    /** The person behind a demo account; names must match {@link DemoAccounts}. */
    private record KeyPerson(String username, String boardCode, String brin, String firstName, String namePrefix,
            String lastName, JobFunction function, int monthsInService) {
    }

    private static final List<KeyPerson> KEY_PEOPLE = List.of(
            new KeyPerson(DemoAccounts.LERAAR.username(), DemoOrganisations.ESKERKRING, "21QE",
                    "Sanne", "de", "Vries", JobFunction.LERAAR, 9 * 12),
            new KeyPerson(DemoAccounts.STARTER.username(), DemoOrganisations.ESKERKRING, "21QE",
                    "Daan", null, "Nijhuis", JobFunction.STARTENDE_LERAAR, 5),
            new KeyPerson(DemoAccounts.MENTOR.username(), DemoOrganisations.ESKERKRING, "21QE",
                    "Marieke", "ter", "Horst", JobFunction.MENTOR, 16 * 12),
            new KeyPerson(DemoAccounts.HR.username(), DemoOrganisations.ESKERKRING, null,
                    "Ingrid", null, "Wolters", JobFunction.STAFF, 7 * 12),
            new KeyPerson(DemoAccounts.HR2.username(), DemoOrganisations.REGGE_DINKEL, null,
                    "Erik", null, "Brinkhuis", JobFunction.STAFF, 4 * 12));

    private static final String[] FIRST_NAMES = {
            "Anouk", "Lotte", "Femke", "Iris", "Esther", "Linda", "Ingrid", "Petra", "Hanneke", "Janneke",
            "Fleur", "Eva", "Noor", "Sara", "Fatma", "Merve", "Yasmina", "Ilse", "Renate", "Wilma", "Monique",
            "Judith", "Karin", "Mirjam", "Nicole", "Annemiek", "Marloes", "Joyce", "Kim", "Lisa", "Romy",
            "Sophie", "Tessa", "Manon", "Gerdien", "Hilde", "Jeroen", "Bas", "Tim", "Ruben", "Thijs", "Gert",
            "Henk", "Martijn", "Wouter", "Niels", "Rik", "Bram", "Joost", "Gerrit", "Bennie", "Herman", "Jan",
            "Mark", "Mehmet", "Emre", "Youssef", "Stijn", "Koen", "Sander", "Dennis", "Arjan", "Hendrik",
            "Jochem", "Luuk", "Gijs"};

    /** Last names as {prefix, name}; many are typical for Twente. */
    private static final String[][] LAST_NAMES = {
            {null, "Nijhuis"}, {null, "Wolters"}, {"ter", "Horst"}, {null, "Brinkhuis"}, {null, "Kamphuis"},
            {null, "Aalderink"}, {null, "Eshuis"}, {null, "Geerdink"}, {null, "Grootenhuis"},
            {null, "Haverkamp"}, {null, "Jannink"}, {null, "Kemperman"}, {null, "Klein Gunnewiek"},
            {null, "Kroeze"}, {null, "Leferink"}, {null, "Lubbers"}, {null, "Meijerink"}, {null, "Morsink"},
            {null, "Olthof"}, {null, "Oude Vrielink"}, {null, "Pierik"}, {null, "Reuvekamp"},
            {null, "Rouwhorst"}, {null, "Schuurman"}, {null, "Velthuis"}, {null, "Wessels"}, {null, "Zwiers"},
            {null, "Busscher"}, {null, "Hofste"}, {"ter", "Haar"}, {"ten", "Hove"}, {"ter", "Braak"},
            {"de", "Vries"}, {"de", "Jong"}, {"van", "Dijk"}, {"van der", "Meer"}, {"van den", "Berg"},
            {null, "Jansen"}, {null, "Bakker"}, {null, "Visser"}, {null, "Smit"}, {null, "Meijer"},
            {"de", "Boer"}, {null, "Mulder"}, {"de", "Groot"}, {null, "Bos"}, {null, "Hendriks"},
            {null, "Dijkstra"}, {"van", "Leeuwen"}, {"de", "Wit"}, {"van der", "Linden"}, {null, "Brouwer"},
            {"van der", "Veen"}, {null, "Koster"}, {null, "Hermsen"}, {null, "Yılmaz"}, {null, "El Amrani"},
            {null, "Demir"}, {null, "Öztürk"}, {null, "Bouzid"}};

    private DemoPeople() {
    }

    /** All employees: per school a realistic mix of functions, plus two or three board-office staff per board. */
    static List<Employee> generate(Random random, LocalDate today) {
        var generator = new Generator(random, today);
        for (Board board : DemoOrganisations.BOARDS) {
            for (School school : DemoOrganisations.SCHOOLS) {
                if (school.boardCode().equals(board.code())) {
                    generator.addGroup(board, school.brin(), functionsFor(school.sector(), random));
                }
            }
            List<JobFunction> office = new ArrayList<>(List.of(JobFunction.STAFF, JobFunction.STAFF));
            if (random.nextBoolean()) {
                office.add(JobFunction.STAFF);
            }
            generator.addGroup(board, null, office);
        }
        return generator.employees;
    }

    private static List<JobFunction> functionsFor(Sector sector, Random random) {
        List<JobFunction> functions = new ArrayList<>();
        functions.add(JobFunction.SCHOOLLEIDER);
        functions.add(JobFunction.MENTOR);
        switch (sector) {
            case PO, SO -> {
                functions.add(JobFunction.INTERN_BEGELEIDER);
                repeat(functions, JobFunction.STARTENDE_LERAAR, 1 + random.nextInt(2));
                repeat(functions, JobFunction.ONDERWIJSASSISTENT, sector == Sector.SO ? 2 : 1 + random.nextInt(2));
                repeat(functions, JobFunction.ZIJ_INSTROMER, random.nextInt(2));
                repeat(functions, JobFunction.LERAAR, 4 + random.nextInt(3));
            }
            case VO -> {
                functions.add(JobFunction.INTERN_BEGELEIDER);
                repeat(functions, JobFunction.MENTOR, random.nextInt(2));
                repeat(functions, JobFunction.STARTENDE_LERAAR, 2);
                repeat(functions, JobFunction.ZIJ_INSTROMER, 1);
                repeat(functions, JobFunction.ONDERWIJSASSISTENT, random.nextInt(2));
                repeat(functions, JobFunction.LERAAR, 5 + random.nextInt(3));
            }
            case MBO -> {
                repeat(functions, JobFunction.STARTENDE_LERAAR, 1);
                repeat(functions, JobFunction.ZIJ_INSTROMER, 1 + random.nextInt(2));
                repeat(functions, JobFunction.LERAAR, 5 + random.nextInt(2));
            }
        }
        return functions;
    }

    private static void repeat(List<JobFunction> functions, JobFunction function, int times) {
        for (int i = 0; i < times; i++) {
            functions.add(function);
        }
    }

    /** Lower-case ASCII e-mail name: first initial, dot, prefix and last name without spaces. */
    static String mailName(String firstName, String namePrefix, String lastName) {
        String raw = firstName.substring(0, 1) + "." + (namePrefix == null ? "" : namePrefix) + lastName;
        String ascii = Normalizer.normalize(raw.replace('ı', 'i'), Normalizer.Form.NFD).replaceAll("[^\\p{ASCII}]", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z.]", "");
    }

    private static final class Generator {

        private final Random random;
        private final LocalDate today;
        private final List<Employee> employees = new ArrayList<>();
        private final Set<String> emails = new HashSet<>();
        private final Set<String> names = new HashSet<>();
        private final Map<String, Integer> sequenceByBoard = new HashMap<>();

        Generator(Random random, LocalDate today) {
            this.random = random;
            this.today = today;
            for (KeyPerson person : KEY_PEOPLE) {
                names.add(person.firstName() + " " + person.lastName());
                emails.add(mailName(person.firstName(), person.namePrefix(), person.lastName()) + "@"
                        + DemoOrganisations.board(person.boardCode()).domain());
            }
        }

        void addGroup(Board board, String brin, List<JobFunction> functions) {
            List<JobFunction> open = new ArrayList<>(functions);
            for (KeyPerson person : KEY_PEOPLE) {
                if (person.boardCode().equals(board.code()) && Objects.equals(person.brin(), brin)) {
                    open.remove(person.function());
                    LocalDate started = today.minusMonths(person.monthsInService()).withDayOfMonth(1);
                    add(board, brin, person.firstName(), person.namePrefix(), person.lastName(), person.function(),
                            "nl", started, person.username());
                }
            }
            for (JobFunction function : open) {
                String firstName;
                String[] lastName;
                do {
                    firstName = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)];
                    lastName = LAST_NAMES[random.nextInt(LAST_NAMES.length)];
                } while (!names.add(firstName + " " + lastName[1]));
                String locale = random.nextInt(25) == 0 ? "en" : "nl";
                LocalDate started = today.minusDays(daysInService(function)).withDayOfMonth(1);
                add(board, brin, firstName, lastName[0], lastName[1], function, locale, started, null);
            }
        }

        private int daysInService(JobFunction function) {
            return switch (function) {
                case STARTENDE_LERAAR -> 30 + random.nextInt(900);
                case ZIJ_INSTROMER -> 30 + random.nextInt(480);
                case LERAAR, ONDERWIJSASSISTENT -> 365 + random.nextInt(25 * 365);
                case INTERN_BEGELEIDER, MENTOR, SCHOOLLEIDER -> 5 * 365 + random.nextInt(20 * 365);
                case STAFF -> 365 + random.nextInt(14 * 365);
            };
        }

        private void add(Board board, String brin, String firstName, String namePrefix, String lastName,
                JobFunction function, String locale, LocalDate startedOn, String username) {
            String base = mailName(firstName, namePrefix, lastName);
            String email = base + "@" + board.domain();
            // The key people's addresses were reserved up front, so colleagues never take them.
            for (int n = 2; username == null && !emails.add(email); n++) {
                email = base + n + "@" + board.domain();
            }
            int sequence = sequenceByBoard.merge(board.code(), 1, Integer::sum);
            employees.add(new Employee(board.code(), brin, String.valueOf(board.employeeNumberBase() + sequence),
                    firstName, namePrefix, lastName, email, function, locale, startedOn, username));
        }
    }
}
