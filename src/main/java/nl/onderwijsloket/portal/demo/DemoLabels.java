package nl.onderwijsloket.portal.demo;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;

/**
 * Plain labels for a course's {@code search_text}. The migration must not depend on the translation
 * files (a later change to a label must not change what an old migration writes), so they are spelled
 * out here.
 */
final class DemoLabels {

    private static final Map<Theme, String> THEME_NL = Map.ofEntries(
            Map.entry(Theme.PASSEND_ONDERWIJS, "Passend onderwijs"),
            Map.entry(Theme.GEDRAG, "Gedrag"),
            Map.entry(Theme.LEZEN, "Lezen"),
            Map.entry(Theme.REKENEN, "Rekenen"),
            Map.entry(Theme.TAAL, "Taal"),
            Map.entry(Theme.LEIDERSCHAP, "Leiderschap"),
            Map.entry(Theme.DIDACTIEK, "Didactiek"),
            Map.entry(Theme.BEGELEIDING, "Begeleiding en coaching"),
            Map.entry(Theme.DIGITALE_GELETTERDHEID, "Digitale geletterdheid"),
            Map.entry(Theme.BURGERSCHAP, "Burgerschap"),
            Map.entry(Theme.DIFFERENTIATIE, "Differentiatie"),
            Map.entry(Theme.INDUCTIE, "Inductie"));

    private static final Map<Theme, String> THEME_EN = Map.ofEntries(
            Map.entry(Theme.PASSEND_ONDERWIJS, "Inclusive education"),
            Map.entry(Theme.GEDRAG, "Behaviour"),
            Map.entry(Theme.LEZEN, "Reading"),
            Map.entry(Theme.REKENEN, "Mathematics"),
            Map.entry(Theme.TAAL, "Language"),
            Map.entry(Theme.LEIDERSCHAP, "Leadership"),
            Map.entry(Theme.DIDACTIEK, "Pedagogy"),
            Map.entry(Theme.BEGELEIDING, "Guidance and coaching"),
            Map.entry(Theme.DIGITALE_GELETTERDHEID, "Digital literacy"),
            Map.entry(Theme.BURGERSCHAP, "Citizenship"),
            Map.entry(Theme.DIFFERENTIATIE, "Differentiation"),
            Map.entry(Theme.INDUCTIE, "Induction"));

    private static final Map<JobFunction, String> AUDIENCE_NL = Map.of(
            JobFunction.LERAAR, "Leraar",
            JobFunction.STARTENDE_LERAAR, "Startende leraar",
            JobFunction.ONDERWIJSASSISTENT, "Onderwijsassistent",
            JobFunction.INTERN_BEGELEIDER, "Intern begeleider",
            JobFunction.SCHOOLLEIDER, "Schoolleider",
            JobFunction.ZIJ_INSTROMER, "Zij-instromer",
            JobFunction.MENTOR, "Mentor",
            JobFunction.STAFF, "Stafmedewerker");

    private DemoLabels() {
    }

    /** Provider name, Dutch theme labels, English theme labels and Dutch audience labels, space separated. */
    static String searchText(String providerName, Collection<Theme> themes, Collection<JobFunction> audiences) {
        List<String> parts = new ArrayList<>();
        parts.add(providerName);
        themes.forEach(theme -> parts.add(THEME_NL.get(theme)));
        themes.forEach(theme -> parts.add(THEME_EN.get(theme)));
        audiences.forEach(audience -> parts.add(AUDIENCE_NL.get(audience)));
        return String.join(" ", parts);
    }
}
