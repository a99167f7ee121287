package nl.onderwijsloket.portal.catalogue.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.catalogue.CatalogueFilter;
import nl.onderwijsloket.portal.catalogue.CatalogueSort;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.ui.Ids;

/**
 * The catalogue's search and filters as URL query parameters, so that a link, a bookmark and the back
 * button reproduce what a visitor sees: {@code ?q=lezen&thema=gedrag&thema=lezen&vrij=ja&sorteer=start}.
 * Unknown or malformed values are ignored rather than failing the page.
 */
final class CatalogueUrl {

    static final String TEXT = "q";
    static final String AUDIENCE = "doelgroep";
    static final String SECTOR = "sector";
    static final String THEME = "thema";
    static final String FORMAT = "vorm";
    static final String PROVIDER = "aanbieder";
    static final String LEVEL = "niveau";
    static final String FROM = "vanaf";
    static final String UNTIL = "tot";
    static final String FREE_SEATS = "vrij";
    static final String SORT = "sorteer";

    private CatalogueUrl() {
    }

    static QueryParameters toParameters(CatalogueFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) {
            params.put(TEXT, List.of(filter.text()));
        }
        putEnums(params, AUDIENCE, filter.audiences());
        putEnums(params, SECTOR, filter.sectors());
        putEnums(params, THEME, filter.themes());
        putEnums(params, FORMAT, filter.formats());
        if (!filter.providerIds().isEmpty()) {
            params.put(PROVIDER, filter.providerIds().stream().sorted().map(String::valueOf).toList());
        }
        putEnums(params, LEVEL, filter.levels());
        if (filter.startFrom() != null) {
            params.put(FROM, List.of(filter.startFrom().toString()));
        }
        if (filter.startUntil() != null) {
            params.put(UNTIL, List.of(filter.startUntil().toString()));
        }
        if (filter.freeSeatsOnly()) {
            params.put(FREE_SEATS, List.of("ja"));
        }
        if (filter.sort() == CatalogueSort.START_DATE) {
            params.put(SORT, List.of("start"));
        }
        return new QueryParameters(params);
    }

    static CatalogueFilter fromParameters(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        return new CatalogueFilter(
                first(params, TEXT, ""),
                enums(params, AUDIENCE, JobFunction.class),
                enums(params, SECTOR, Sector.class),
                enums(params, THEME, Theme.class),
                enums(params, FORMAT, CourseFormat.class),
                values(params, PROVIDER, value -> Ids.parse(value).orElse(null)),
                enums(params, LEVEL, CourseLevel.class),
                date(params, FROM),
                date(params, UNTIL),
                "ja".equals(first(params, FREE_SEATS, "")),
                "start".equals(first(params, SORT, "")) ? CatalogueSort.START_DATE : CatalogueSort.RELEVANCE);
    }

    /** URL form of an enum constant: {@code PASSEND_ONDERWIJS} becomes {@code passend-onderwijs}. */
    static String slug(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <E extends Enum<E>> void putEnums(Map<String, List<String>> params, String key, Collection<E> values) {
        if (!values.isEmpty()) {
            params.put(key, values.stream().sorted().map(CatalogueUrl::slug).toList());
        }
    }

    private static <E extends Enum<E>> Set<E> enums(Map<String, List<String>> params, String key, Class<E> type) {
        Map<String, E> bySlug = EnumSet.allOf(type).stream()
                .collect(Collectors.toMap(CatalogueUrl::slug, Function.identity()));
        Set<E> result = EnumSet.noneOf(type);
        result.addAll(values(params, key, bySlug::get));
        return result;
    }

    private static <T> Set<T> values(Map<String, List<String>> params, String key, Function<String, T> parse) {
        return params.getOrDefault(key, List.of()).stream()
                .flatMap(v -> java.util.Arrays.stream(v.split(",")))
                .map(String::strip)
                .map(parse)
                .filter(java.util.Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String first(Map<String, List<String>> params, String key, String fallback) {
        List<String> values = params.getOrDefault(key, List.of());
        return values.isEmpty() ? fallback : values.getFirst();
    }

    private static LocalDate date(Map<String, List<String>> params, String key) {
        String value = first(params, key, "");
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
