package nl.onderwijsloket.portal.ui;

import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A list's filters in the address, so that a link, a bookmark and the back button reproduce what a user
 * sees. {@link #write()} puts a filter's values into query parameters, leaving out what is not set;
 * {@link #read} takes them out again, leniently: an address typed by hand or kept from an older version
 * may hold anything, and whatever is malformed or unknown is ignored, never a failure.
 *
 * <p>Values: texts as they are; ids as digits ({@link Ids#parse}); enum constants by their code, the name
 * in lower case with dashes ({@code PASSEND_ONDERWIJS} is {@code passend-onderwijs}; read ignoring case and
 * {@code _} versus {@code -}); dates as {@code 2027-03-31}; a yes as {@code ja}. A parameter may be repeated
 * ({@code thema=lezen&thema=gedrag}) or, when read, hold a comma list ({@code thema=lezen,gedrag}).
 */
public final class UrlQuery {

    /** The words a list is searched for, the same parameter in every list: {@code ?q=lezen}. */
    public static final String SEARCH = "q";
    /** How a yes is written: {@code ?vrij=ja}. */
    public static final String YES = "ja";

    private UrlQuery() {
    }

    public static Reader read(QueryParameters query) {
        return new Reader(query.getParameters());
    }

    public static Writer write() {
        return new Writer();
    }

    /** An enum constant's code in an address: {@code STARTENDE_LERAAR} is {@code startende-leraar}. */
    public static String code(Enum<?> value) {
        return normalized(value.name());
    }

    private static String normalized(String code) {
        return code.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** Reads values out of query parameters; whatever it cannot read counts as not there. */
    public static final class Reader {

        private final Map<String, List<String>> parameters;

        private Reader(Map<String, List<String>> parameters) {
            this.parameters = parameters;
        }

        public boolean has(String name) {
            return parameters.containsKey(name);
        }

        /** The first value, as it is; empty when the parameter is absent. */
        public String text(String name) {
            List<String> values = parameters.getOrDefault(name, List.of());
            return values.isEmpty() ? "" : values.getFirst();
        }

        /** Every well-formed id among the values. */
        public Set<Long> ids(String name) {
            return values(name, value -> Ids.parse(value).orElse(null));
        }

        /** The one id the parameter names; none when it names none or several. */
        public Optional<Long> id(String name) {
            Set<Long> ids = ids(name);
            return ids.size() == 1 ? Optional.of(ids.iterator().next()) : Optional.empty();
        }

        /** Every constant of the enum whose code is among the values. */
        public <E extends Enum<E>> Set<E> codes(String name, Class<E> type) {
            Map<String, E> byCode = EnumSet.allOf(type).stream()
                    .collect(Collectors.toMap(UrlQuery::code, Function.identity()));
            Set<E> result = EnumSet.noneOf(type);
            result.addAll(values(name, value -> byCode.get(normalized(value))));
            return result;
        }

        /** The date in the first value, when it is a real date written as {@code 2027-03-31}. */
        public Optional<LocalDate> date(String name) {
            String value = text(name);
            try {
                return value.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(value));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        }

        /** True only when the first value is {@value #YES}. */
        public boolean yes(String name) {
            return YES.equals(text(name));
        }

        private <T> Set<T> values(String name, Function<String, @Nullable T> parse) {
            return parameters.getOrDefault(name, List.of()).stream()
                    .flatMap(value -> Arrays.stream(value.split(",")))
                    .map(String::strip)
                    .map(parse)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toSet());
        }
    }

    /**
     * Writes values into query parameters, leaving out every value that is not set (blank, null, empty,
     * false), so a list without filters has a plain address. The values of one parameter keep their order;
     * the parameters themselves come in the order {@link QueryParameters} gives them.
     */
    public static final class Writer {

        private final Map<String, List<String>> parameters = new HashMap<>();

        private Writer() {
        }

        /** The text without surrounding spaces, unless it is blank. */
        public Writer text(String name, @Nullable String value) {
            return put(name, value == null || value.isBlank() ? List.of() : List.of(value.strip()));
        }

        public Writer id(String name, @Nullable Long id) {
            return put(name, id == null ? List.of() : List.of(String.valueOf(id)));
        }

        /** The ids in ascending order, so that the same filter always has the same address. */
        public Writer ids(String name, Collection<Long> ids) {
            return put(name, ids.stream().sorted().map(String::valueOf).toList());
        }

        /** The constants' codes in the enum's order. */
        public <E extends Enum<E>> Writer codes(String name, Collection<E> values) {
            return put(name, values.stream().sorted().map(UrlQuery::code).toList());
        }

        public Writer date(String name, @Nullable LocalDate date) {
            return put(name, date == null ? List.of() : List.of(date.toString()));
        }

        /** {@code name=ja} when true; nothing when false. */
        public Writer yes(String name, boolean yes) {
            return put(name, yes ? List.of(YES) : List.of());
        }

        public QueryParameters toParameters() {
            return new QueryParameters(parameters);
        }

        private Writer put(String name, List<String> values) {
            if (values.isEmpty()) {
                parameters.remove(name);
            } else {
                parameters.put(name, values);
            }
            return this;
        }
    }
}
