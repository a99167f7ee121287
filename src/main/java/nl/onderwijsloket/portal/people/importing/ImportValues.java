package nl.onderwijsloket.portal.people.importing;

import java.text.Normalizer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import nl.onderwijsloket.portal.people.JobFunction;
import org.jspecify.annotations.Nullable;

/**
 * How the values of an import file are understood: job functions by their Dutch or English label, enum name
 * or a common synonym; languages; dates; e-mail addresses; and the key under which two values count as the
 * same (as the database's case- and accent-insensitive collation would).
 */
final class ImportValues {

    /** Every name a function goes by, after {@link ImportColumn#normalise(String)}. */
    private static final Map<String, JobFunction> FUNCTIONS = new HashMap<>();

    static {
        names(JobFunction.LERAAR, "leraar", "docent", "leerkracht", "groepsleerkracht", "vakdocent", "teacher");
        names(JobFunction.STARTENDE_LERAAR, "startende leraar", "startende docent", "startende leerkracht",
                "beginnende leraar", "starter", "starting teacher", "beginning teacher", "new teacher");
        names(JobFunction.ONDERWIJSASSISTENT, "onderwijsassistent", "klassenassistent", "lerarenondersteuner",
                "teaching assistant", "classroom assistant");
        names(JobFunction.INTERN_BEGELEIDER, "intern begeleider", "ib", "ib'er", "special needs coordinator",
                "internal coach");
        names(JobFunction.SCHOOLLEIDER, "schoolleider", "directeur", "schooldirecteur", "locatieleider",
                "school leader", "head teacher", "principal");
        names(JobFunction.ZIJ_INSTROMER, "zij-instromer", "zijinstromer", "career changer", "lateral entrant");
        names(JobFunction.MENTOR, "mentor");
        names(JobFunction.STAFF, "staf", "staf en ondersteuning", "ondersteuning", "onderwijsondersteunend personeel",
                "oop", "staff", "staff and support", "support staff");
        for (JobFunction function : JobFunction.values()) {
            names(function, function.name());
        }
    }

    private static final Map<String, String> LANGUAGES = Map.of(
            "nl", "nl", "nlnl", "nl", "nederlands", "nl", "dutch", "nl",
            "en", "en", "engb", "en", "enus", "en", "engels", "en", "english", "en");

    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d-M-uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT));

    /** Local part, @, and a domain of at least two labels; no spaces, no dots at the ends of the local part. */
    private static final Pattern EMAIL = Pattern.compile(
            "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
                    + "@[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?)+");

    private ImportValues() {
    }

    private static void names(JobFunction function, String... names) {
        for (String name : names) {
            JobFunction previous = FUNCTIONS.put(ImportColumn.normalise(name), function);
            if (previous != null && previous != function) {
                throw new IllegalStateException(name + " names both " + previous + " and " + function);
            }
        }
    }

    static Optional<JobFunction> function(String text) {
        return Optional.ofNullable(FUNCTIONS.get(ImportColumn.normalise(text)));
    }

    /** "nl" or "en" for the ways a file may name Dutch or English ("NL", "Nederlands", "en-GB", "English"). */
    static Optional<String> language(String text) {
        return Optional.ofNullable(LANGUAGES.get(ImportColumn.normalise(text)));
    }

    /** A date written as dd-mm-yyyy (also 1-9-2024) or yyyy-mm-dd. */
    static Optional<LocalDate> date(String text) {
        for (DateTimeFormatter format : DATES) {
            try {
                return Optional.of(LocalDate.parse(text, format));
            } catch (DateTimeParseException e) {
                // try the next format
            }
        }
        return Optional.empty();
    }

    /**
     * The subjects someone teaches as the portal stores them: "Wiskunde; natuurkunde / Wiskunde" becomes
     * "Wiskunde, natuurkunde" (separated by commas, semicolons, slashes or bars; the first spelling of a
     * repeated subject kept); null when there are none.
     */
    static @Nullable String subjects(String text) {
        Map<String, String> seen = new LinkedHashMap<>();
        for (String subject : text.split("[,;/|]")) {
            String s = subject.strip();
            if (!s.isEmpty()) {
                seen.putIfAbsent(key(s), s);
            }
        }
        return seen.isEmpty() ? null : String.join(", ", seen.values());
    }

    static boolean validEmail(String text) {
        return EMAIL.matcher(text).matches();
    }

    /**
     * The form in which two values are compared: lower case and without accents, as MariaDB's
     * {@code utf8mb4_unicode_ci} compares them, so what the unique keys call a duplicate is found here first.
     */
    static String key(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
