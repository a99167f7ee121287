package nl.onderwijsloket.portal.people.importing;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The columns of an employee import file, the header names (Dutch and English, with the variants HR systems
 * write) that name them, and the longest value the database takes. Headers are compared after
 * {@link #normalise(String)}, so case, spaces, hyphens, dots and accents do not matter.
 */
public enum ImportColumn {

    EMPLOYEE_NUMBER(true, 40, "personeelsnummer", "personeelsnr", "persnr", "medewerkernummer", "werknemernummer",
            "employeenumber", "employeeno", "employeeid", "staffnumber", "personnelnumber"),
    FIRST_NAME(true, 80, "voornaam", "roepnaam", "firstname", "givenname"),
    NAME_PREFIX(false, 20, "tussenvoegsel", "tussenvoegsels", "voorvoegsel", "voorvoegsels", "prefix", "nameprefix",
            "infix"),
    LAST_NAME(true, 80, "achternaam", "geslachtsnaam", "familienaam", "lastname", "surname", "familyname"),
    EMAIL(true, 190, "email", "emailadres", "mail", "mailadres", "emailaddress", "zakelijkemail",
            "zakelijkemailadres", "emailwerk", "workemail"),
    SCHOOL(true, 0, "school", "schoolnaam", "brin", "brincode", "brinnummer", "schoolname", "schoolbrin"),
    FUNCTION(true, 0, "functie", "functienaam", "function", "jobfunction", "jobtitle", "role", "rol"),
    LANGUAGE(false, 0, "taal", "voorkeurstaal", "language", "preferredlanguage", "locale"),
    STARTED_ON(false, 0, "indienstsinds", "indienst", "datumindienst", "indienstdatum", "datumindiensttreding",
            "startdatum", "startedon", "startdate", "employedsince", "hiredate"),
    LINE_MANAGER(false, 0, "leidinggevende", "directleidinggevende", "personeelsnummerleidinggevende",
            "leidinggevendenummer", "manager", "linemanager", "managernumber", "manageremployeenumber", "managerid",
            "reportsto"),
    SUBJECTS(false, 255, "vakken", "vak", "vakgebied", "vakgebieden", "subjects", "subject");

    private final boolean required;
    private final int maxLength;
    private final List<String> headers;

    ImportColumn(boolean required, int maxLength, String... headers) {
        this.required = required;
        this.maxLength = maxLength;
        this.headers = List.of(headers);
    }

    /** Whether a file without this column cannot be imported. */
    public boolean required() {
        return required;
    }

    /** The longest value the database stores, or 0 when the value is looked up rather than stored. */
    public int maxLength() {
        return maxLength;
    }

    /** Key of the column's name in the translation files. */
    public String labelKey() {
        return "import.column." + name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The column a header names ("E-mailadres", "In dienst sinds", "Employee number"), if any. */
    public static Optional<ImportColumn> forHeader(String header) {
        String key = normalise(header);
        return Arrays.stream(values()).filter(column -> column.headers.contains(key)).findFirst();
    }

    /** Lower case, without accents and without anything but letters and digits: "E-mail adres" is "emailadres". */
    static String normalise(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
