package nl.onderwijsloket.portal.people.ui;

import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.onderwijsloket.portal.people.EmployeeFilter;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.ui.Ids;

/**
 * The employee list's search and filters as URL query parameters, so a link or bookmark reproduces the
 * list: {@code ?q=vries&school=12&school=14&functie=leraar&bestuur=2}. Unknown or malformed values are
 * ignored rather than failing the page.
 */
final class EmployeesUrl {

    static final String TEXT = "q";
    static final String SCHOOL = "school";
    static final String FUNCTION = "functie";
    static final String BOARD = "bestuur";

    private EmployeesUrl() {
    }

    static QueryParameters toParameters(EmployeeFilter filter) {
        Map<String, List<String>> params = new LinkedHashMap<>();
        if (!filter.text().isEmpty()) {
            params.put(TEXT, List.of(filter.text()));
        }
        if (filter.boardId() != null) {
            params.put(BOARD, List.of(String.valueOf(filter.boardId())));
        }
        if (!filter.schoolIds().isEmpty()) {
            params.put(SCHOOL, filter.schoolIds().stream().sorted().map(String::valueOf).toList());
        }
        if (!filter.functions().isEmpty()) {
            params.put(FUNCTION, filter.functions().stream().sorted().map(EmployeesUrl::slug).toList());
        }
        return new QueryParameters(params);
    }

    static EmployeeFilter fromParameters(QueryParameters query) {
        Map<String, List<String>> params = query.getParameters();
        Map<String, JobFunction> functionsBySlug = EnumSet.allOf(JobFunction.class).stream()
                .collect(Collectors.toMap(EmployeesUrl::slug, Function.identity()));
        Set<JobFunction> functions = EnumSet.noneOf(JobFunction.class);
        functions.addAll(values(params, FUNCTION, functionsBySlug::get));
        Set<Long> boards = values(params, BOARD, value -> Ids.parse(value).orElse(null));
        return new EmployeeFilter(
                first(params, TEXT),
                values(params, SCHOOL, value -> Ids.parse(value).orElse(null)),
                functions,
                boards.size() == 1 ? boards.iterator().next() : null);
    }

    /** URL form of a job function: {@code STARTENDE_LERAAR} becomes {@code startende-leraar}. */
    static String slug(JobFunction function) {
        return function.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static <T> Set<T> values(Map<String, List<String>> params, String key, Function<String, T> parse) {
        return params.getOrDefault(key, List.of()).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::strip)
                .map(parse)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static String first(Map<String, List<String>> params, String key) {
        List<String> values = params.getOrDefault(key, List.of());
        return values.isEmpty() ? "" : values.getFirst();
    }
}
