package nl.onderwijsloket.portal.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import javax.sql.DataSource;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.ProviderKind;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;

/**
 * A seeded, synthetic catalogue: providers, courses (with audiences, sectors and themes) and editions,
 * written with multi-row INSERTs, one transaction per batch. Titles and summaries are built from a
 * vocabulary of Dutch education words drawn with a skewed distribution, and tied to the course's
 * themes, so that FULLTEXT searches have a realistic spread of selectivity: a few words match
 * thousands of courses, most match tens to hundreds, some match none.
 *
 * <p>Ids are assigned here (1..n), so the join rows need no generated keys. Edition dates lie between
 * three months before and twelve months after {@code today}.
 */
final class SyntheticCatalogue {

    /** Bump when the generated data changes, so a stored bench schema is loaded again. */
    static final int GENERATOR_VERSION = 2;

    static final List<String> REGIONS = List.of(
            "Twente", "Salland", "IJsselland", "Achterhoek", "Veluwe", "Drenthe", "Friesland", "Groningen",
            "Amstelland", "Kennemerland", "Rijnmond", "Zeeland", "Brabant", "Limburg", "Utrecht", "Gooi",
            "Flevoland", "Betuwe", "Delfland", "Haaglanden", "Westfriesland", "Zaanstreek", "Liemers",
            "Vechtdal", "Noordoostpolder", "Westland", "Kempen", "Peelland", "Bollenstreek", "Eemland");

    private static final List<String> TOWNS = List.of(
            "Enschede", "Zwolle", "Deventer", "Doetinchem", "Apeldoorn", "Assen", "Leeuwarden", "Groningen",
            "Amsterdam", "Haarlem", "Rotterdam", "Middelburg", "Tilburg", "Maastricht", "Utrecht", "Hilversum",
            "Almere", "Tiel", "Delft", "Den Haag", "Hoorn", "Zaandam", "Zevenaar", "Hardenberg", "Emmeloord",
            "Naaldwijk", "Eindhoven", "Helmond", "Lisse", "Amersfoort");

    /** Words that belong to a theme; the first ones are drawn most often. */
    static final Map<Theme, List<String>> THEME_WORDS = new EnumMap<>(Map.ofEntries(
            Map.entry(Theme.PASSEND_ONDERWIJS, List.of("passend onderwijs", "ondersteuningsbehoefte",
                    "handelingsgericht", "zorgstructuur", "ontwikkelingsperspectief", "autisme", "adhd",
                    "hoogbegaafdheid", "dyslexie", "dyscalculie", "inclusief", "arrangement")),
            Map.entry(Theme.GEDRAG, List.of("gedrag", "klassenmanagement", "groepsdynamiek", "pesten",
                    "conflicthantering", "positief", "schoolklimaat", "grenzen", "de-escalatie", "sociale veiligheid",
                    "weerbaarheid", "herstelgericht")),
            Map.entry(Theme.LEZEN, List.of("lezen", "begrijpend lezen", "leesmotivatie", "technisch lezen",
                    "woordenschat", "leesbevordering", "jeugdliteratuur", "voorlezen", "leesstrategieën",
                    "leesplezier", "tekstbegrip", "boekenkring")),
            Map.entry(Theme.REKENEN, List.of("rekenen", "rekendidactiek", "getalbegrip", "breuken",
                    "automatiseren", "meten", "meetkunde", "verhoudingen", "rekenvaardigheid", "wiskunde",
                    "redeneren", "rekenzwak")),
            Map.entry(Theme.TAAL, List.of("taal", "taalontwikkeling", "spelling", "schrijven", "nt2",
                    "meertaligheid", "taalgericht", "grammatica", "mondelinge taalvaardigheid", "stellen",
                    "taalbeleid", "woordenschatdidactiek")),
            Map.entry(Theme.LEIDERSCHAP, List.of("leiderschap", "schoolleider", "teamontwikkeling",
                    "veranderkunde", "onderwijskundig leiderschap", "strategisch", "gesprekvoering", "beleid",
                    "kwaliteitszorg", "personeelsbeleid", "professionele cultuur", "besturen")),
            Map.entry(Theme.DIDACTIEK, List.of("didactiek", "instructie", "directe instructie", "feedback",
                    "formatief evalueren", "activerende werkvormen", "toetsen", "leerdoelen", "coöperatief leren",
                    "expliciete instructie", "lesontwerp", "eigenaarschap")),
            Map.entry(Theme.BEGELEIDING, List.of("begeleiding", "coaching", "mentoraat", "intervisie",
                    "beeldcoaching", "gespreksvaardigheden", "reflectie", "supervisie", "loopbaan",
                    "oplossingsgericht", "werkplekleren", "collegiale consultatie")),
            Map.entry(Theme.DIGITALE_GELETTERDHEID, List.of("digitale geletterdheid", "mediawijsheid",
                    "programmeren", "computational thinking", "ict-basisvaardigheden", "informatievaardigheden",
                    "kunstmatige intelligentie", "privacy", "online", "digitaal", "chromebooks", "robotica")),
            Map.entry(Theme.BURGERSCHAP, List.of("burgerschap", "democratie", "identiteit", "diversiteit",
                    "levensbeschouwing", "dialoog", "kansengelijkheid", "maatschappij", "duurzaamheid",
                    "mensenrechten", "participatie", "polarisatie")),
            Map.entry(Theme.DIFFERENTIATIE, List.of("differentiatie", "differentiëren", "convergent",
                    "niveaugroepen", "verrijking", "plusklas", "adaptief", "maatwerk", "leerroutes",
                    "talentontwikkeling", "zelfstandig werken", "uitdagen")),
            Map.entry(Theme.INDUCTIE, List.of("inductie", "startende leraar", "beginnende leraar",
                    "zij-instroom", "bekwaamheid", "lio", "praktijkopleiding", "werkdruk", "startbekwaam",
                    "basisbekwaam", "opleiden in de school", "professionalisering"))));

    private static final Map<Theme, String> THEME_EN = new EnumMap<>(Map.ofEntries(
            Map.entry(Theme.PASSEND_ONDERWIJS, "Inclusive education"), Map.entry(Theme.GEDRAG, "Behaviour"),
            Map.entry(Theme.LEZEN, "Reading"), Map.entry(Theme.REKENEN, "Mathematics"),
            Map.entry(Theme.TAAL, "Language"), Map.entry(Theme.LEIDERSCHAP, "Leadership"),
            Map.entry(Theme.DIDACTIEK, "Pedagogy"), Map.entry(Theme.BEGELEIDING, "Guidance and coaching"),
            Map.entry(Theme.DIGITALE_GELETTERDHEID, "Digital literacy"), Map.entry(Theme.BURGERSCHAP, "Citizenship"),
            Map.entry(Theme.DIFFERENTIATIE, "Differentiation"), Map.entry(Theme.INDUCTIE, "Induction")));

    private static final Map<JobFunction, String> AUDIENCE_NL = new EnumMap<>(Map.of(
            JobFunction.LERAAR, "Leraar", JobFunction.STARTENDE_LERAAR, "Startende leraar",
            JobFunction.ONDERWIJSASSISTENT, "Onderwijsassistent", JobFunction.INTERN_BEGELEIDER, "Intern begeleider",
            JobFunction.SCHOOLLEIDER, "Schoolleider", JobFunction.ZIJ_INSTROMER, "Zij-instromer",
            JobFunction.MENTOR, "Mentor", JobFunction.STAFF, "Stafmedewerker"));

    private static final List<String> KINDS_OF_COURSE = List.of("training", "cursus", "workshop", "leergang",
            "masterclass", "module", "opleiding", "webinar", "basiscursus", "verdiepingscursus", "studiedag",
            "traject", "leerlab", "bootcamp");

    private static final List<String> CONTEXTS = List.of("in de klas", "in de praktijk", "in de onderbouw",
            "in de bovenbouw", "voor startende leraren", "in het mbo", "in het vo", "in het speciaal onderwijs",
            "voor teamleiders", "voor onderwijsassistenten", "in groep 1-2", "voor zij-instromers",
            "voor intern begeleiders", "met het hele team", "in de brugklas", "op het kindcentrum");

    private static final List<String> ADJECTIVES = List.of("praktisch", "effectief", "krachtig", "modern",
            "inspirerend", "evidence-informed", "stevig", "compact", "intensief", "interactief", "helder",
            "gericht");

    private static final List<String> GENERAL = List.of("leerlingen", "ontwikkeling", "vaardigheden", "inzicht",
            "aanpak", "werkvormen", "methode", "onderzoek", "team", "school", "resultaten", "ervaring", "oefenen",
            "toepassen", "casussen", "ouders", "groep", "les", "doelen", "observeren", "analyseren", "plannen",
            "evalueren", "samenwerken", "professioneel", "kennis", "praktijkvoorbeelden", "opdrachten",
            "bijeenkomsten", "certificaat", "registerleraar", "kwaliteit", "motivatie", "leerproces",
            "wetenschap", "actueel", "handvatten", "tools", "lesmateriaal", "portfolio");

    private static final List<String> VERBS = List.of("leer je", "oefen je met", "verdiep je je in",
            "werk je aan", "ontdek je", "krijg je handvatten voor", "onderzoek je", "versterk je");

    private final Random random;
    private final LocalDate today;
    private final int courses;
    private final int editions;
    private final int providers;

    SyntheticCatalogue(long seed, LocalDate today, int courses, int editions, int providers) {
        this.random = new Random(seed);
        this.today = today;
        this.courses = courses;
        this.editions = editions;
        this.providers = providers;
    }

    /** Writes providers, courses with their join rows, and editions. */
    void load(DataSource dataSource) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            List<String> providerNames = loadProviders(connection);
            loadCourses(connection, providerNames);
            loadEditions(connection);
        }
    }

    private List<String> loadProviders(Connection connection) throws SQLException {
        var names = new ArrayList<String>();
        var rows = new ArrayList<Object[]>();
        ProviderKind[] kinds = ProviderKind.values();
        for (int i = 0; i < providers; i++) {
            ProviderKind kind = kinds[i % kinds.length];
            String region = REGIONS.get(i % REGIONS.size());
            String name = switch (kind) {
                case HOGESCHOOL -> "Hogeschool " + region;
                case MBO_COLLEGE -> region + " College";
                case KENNISNETWERK -> "Kennisnetwerk " + region;
                case BESTUURSACADEMIE -> "Academie Stichting " + region;
            };
            names.add(name);
            rows.add(new Object[] {i + 1L, "BENCH-P" + (i + 1), name, kind.name(), TOWNS.get(i % TOWNS.size()),
                    "https://www.example.org/" + region.toLowerCase(Locale.ROOT)});
        }
        insert(connection, "provider", "id, code, name, kind, town, website", rows);
        connection.commit();
        return names;
    }

    private void loadCourses(Connection connection, List<String> providerNames) throws SQLException {
        final int batch = 1_000;
        Timestamp now = Timestamp.valueOf(LocalDateTime.now());
        var courseRows = new ArrayList<Object[]>(batch);
        var audienceRows = new ArrayList<Object[]>();
        var sectorRows = new ArrayList<Object[]>();
        var themeRows = new ArrayList<Object[]>();
        for (long id = 1; id <= courses; id++) {
            int providerIndex = skewed(providers);
            Set<Theme> themes = pick(Theme.values(), 1 + random.nextInt(3));
            Set<JobFunction> audiences = pick(JobFunction.values(), 1 + random.nextInt(3));
            Set<Sector> sectors = pick(Sector.values(), 1 + random.nextInt(2));
            List<Theme> themeList = List.copyOf(themes);
            String title = title(themeList);
            String summary = summary(themeList);
            // As the portal keeps search_text: provider name, Dutch and English theme labels, audience labels.
            var search = new StringJoiner(" ");
            search.add(providerNames.get(providerIndex));
            themes.forEach(t -> search.add(themeLabel(t)));
            themes.forEach(t -> search.add(THEME_EN.get(t)));
            audiences.forEach(a -> search.add(AUDIENCE_NL.get(a)));
            courseRows.add(new Object[] {id, providerIndex + 1L, "BENCH-C%06d".formatted(id), title, summary,
                    summary + " " + sentence(themeList) + " " + sentence(themeList),
                    weighted(CourseFormat.values(), 45, 25, 30).name(),
                    weighted(CourseLevel.values(), 45, 40, 15).name(),
                    4 + random.nextInt(120), random.nextInt(10) < 3 ? 0 : 5_000 + 2_500 * random.nextInt(60),
                    "nl", random.nextInt(5) == 0, random.nextInt(100) >= 3, search.toString(), now, now});
            for (JobFunction a : audiences) {
                audienceRows.add(new Object[] {id, a.name()});
            }
            for (Sector s : sectors) {
                sectorRows.add(new Object[] {id, s.name()});
            }
            for (Theme t : themes) {
                themeRows.add(new Object[] {id, t.name()});
            }
            if (courseRows.size() == batch || id == courses) {
                insert(connection, "course", "id, provider_id, code, title, summary, description, format, level,"
                        + " study_load_hours, cost_cents, language, employer_approval_required, published,"
                        + " search_text, created_at, updated_at", courseRows);
                insert(connection, "course_audience", "course_id, job_function", audienceRows);
                insert(connection, "course_sector", "course_id, sector", sectorRows);
                insert(connection, "course_theme", "course_id, theme", themeRows);
                connection.commit();
                courseRows.clear();
                audienceRows.clear();
                sectorRows.clear();
                themeRows.clear();
            }
        }
    }

    private void loadEditions(Connection connection) throws SQLException {
        // Every course gets one edition; the rest are spread at random, so most have 2-4 and some many.
        int[] perCourse = new int[courses];
        Arrays.fill(perCourse, 1);
        for (int i = courses; i < editions; i++) {
            perCourse[random.nextInt(courses)]++;
        }
        final int batch = 2_000;
        var rows = new ArrayList<Object[]>(batch);
        long id = 1;
        for (int c = 0; c < courses; c++) {
            for (int n = 0; n < perCourse[c]; n++) {
                rows.add(edition(id++, c + 1L));
                if (rows.size() == batch) {
                    insertEditions(connection, rows);
                }
            }
        }
        if (!rows.isEmpty()) {
            insertEditions(connection, rows);
        }
    }

    private void insertEditions(Connection connection, List<Object[]> rows) throws SQLException {
        insert(connection, "edition", "id, course_id, start_date, end_date, online, location_name, location_town,"
                + " capacity, seats_taken, enrolment_deadline, status", rows);
        connection.commit();
        rows.clear();
    }

    private Object[] edition(long id, long courseId) {
        LocalDate start = today.plusDays(-90 + random.nextInt(90 + 366));
        LocalDate end = start.plusDays(random.nextInt(4) == 0 ? 0 : 7 * (1 + random.nextInt(12)));
        LocalDate deadline = start.minusDays(random.nextInt(22));
        boolean online = random.nextInt(10) < 3;
        String town = TOWNS.get(random.nextInt(TOWNS.size()));
        int capacity = 8 + random.nextInt(33);
        EditionStatus status;
        int taken;
        if (start.isBefore(today)) {
            status = random.nextInt(20) == 0 ? EditionStatus.CANCELLED
                    : end.isBefore(today) ? EditionStatus.COMPLETED : EditionStatus.CLOSED;
            taken = status == EditionStatus.CANCELLED ? 0 : random.nextInt(capacity + 1);
        } else {
            int r = random.nextInt(100);
            status = r < 70 ? EditionStatus.OPEN : r < 90 ? EditionStatus.PLANNED
                    : r < 95 ? EditionStatus.CLOSED : EditionStatus.CANCELLED;
            taken = switch (status) {
                case OPEN -> random.nextInt(5) == 0 ? capacity : random.nextInt(capacity);
                case CLOSED -> capacity;
                default -> 0;
            };
        }
        return new Object[] {id, courseId, Date.valueOf(start), Date.valueOf(end), online,
                online ? null : "Locatie " + town, online ? null : town, capacity, taken, Date.valueOf(deadline),
                status.name()};
    }

    private String title(List<Theme> themes) {
        var words = new ArrayList<String>();
        int shape = random.nextInt(5);
        if (shape == 0) {
            words.add(capitalise(ADJECTIVES.get(skewed(ADJECTIVES.size()))));
        }
        words.add(themeWord(themes.get(0)));
        if (themes.size() > 1 && random.nextBoolean()) {
            words.add("en");
            words.add(themeWord(themes.get(1)));
        }
        if (shape <= 2) {
            words.add(random.nextBoolean() ? KINDS_OF_COURSE.get(skewed(KINDS_OF_COURSE.size())) : ":");
        }
        if (random.nextInt(3) > 0) {
            words.add(CONTEXTS.get(skewed(CONTEXTS.size())));
        }
        String title = String.join(" ", words).replace(" :", ":");
        if (title.endsWith(":")) {
            title = title.substring(0, title.length() - 1);
        }
        return capitalise(title);
    }

    private String summary(List<Theme> themes) {
        return "In deze " + KINDS_OF_COURSE.get(skewed(KINDS_OF_COURSE.size())) + " "
                + VERBS.get(random.nextInt(VERBS.size())) + " " + themeWord(themes.get(random.nextInt(themes.size())))
                + " en " + themeWord(themes.get(random.nextInt(themes.size()))) + " "
                + CONTEXTS.get(skewed(CONTEXTS.size())) + ". " + sentence(themes);
    }

    /** A loose sentence of general words and a theme word; realistic enough for word statistics. */
    private String sentence(List<Theme> themes) {
        var words = new ArrayList<String>();
        int length = 6 + random.nextInt(8);
        for (int i = 0; i < length; i++) {
            words.add(i == length / 2 ? themeWord(themes.get(random.nextInt(themes.size())))
                    : GENERAL.get(skewed(GENERAL.size())));
        }
        return capitalise(String.join(" ", words)) + ".";
    }

    private String themeWord(Theme theme) {
        List<String> words = THEME_WORDS.get(theme);
        return words.get(skewed(words.size()));
    }

    /** Dutch label of a theme (as in the translation files). */
    static String themeLabel(Theme theme) {
        return switch (theme) {
            case PASSEND_ONDERWIJS -> "Passend onderwijs";
            case GEDRAG -> "Gedrag";
            case LEZEN -> "Lezen";
            case REKENEN -> "Rekenen";
            case TAAL -> "Taal";
            case LEIDERSCHAP -> "Leiderschap";
            case DIDACTIEK -> "Didactiek";
            case BEGELEIDING -> "Begeleiding en coaching";
            case DIGITALE_GELETTERDHEID -> "Digitale geletterdheid";
            case BURGERSCHAP -> "Burgerschap";
            case DIFFERENTIATIE -> "Differentiatie";
            case INDUCTIE -> "Inductie";
        };
    }

    /** An index in [0, n) with the low ones far more likely (roughly Zipf-like). */
    private int skewed(int n) {
        double r = random.nextDouble();
        return Math.min(n - 1, (int) (n * r * r));
    }

    private <E> Set<E> pick(E[] values, int count) {
        var picked = new LinkedHashSet<E>();
        while (picked.size() < Math.min(count, values.length)) {
            picked.add(values[skewed(values.length)]);
        }
        return picked;
    }

    private <E> E weighted(E[] values, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int r = random.nextInt(total);
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** One multi-row INSERT for all rows (callers keep batches to a few thousand rows). */
    private static void insert(Connection connection, String table, String columns, List<Object[]> rows)
            throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        int width = rows.get(0).length;
        String tuple = "(" + "?, ".repeat(width - 1) + "?)";
        var sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(columns).append(") VALUES ");
        for (int i = 0; i < rows.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append(tuple);
        }
        try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
            int index = 1;
            for (Object[] row : rows) {
                for (Object value : row) {
                    statement.setObject(index++, value);
                }
            }
            statement.executeUpdate();
        }
    }
}
