package nl.onderwijsloket.portal.catalogue.data;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns what a visitor typed into a MariaDB boolean-mode FULLTEXT query: every word is required and
 * matched as a prefix ({@code +lees*} finds "lezen" and "leesplezier"), operators typed by the visitor
 * are removed, and words the index never stores (stopwords, one letter) are dropped.
 */
final class FullTextQuery {

    /** InnoDB's default stopwords plus common Dutch function words. */
    private static final Set<String> STOPWORDS = Set.of(
            "a", "about", "an", "are", "as", "at", "be", "by", "com", "de", "en", "for", "from", "how", "i",
            "in", "is", "it", "la", "of", "on", "or", "that", "the", "this", "to", "was", "what", "when",
            "where", "who", "will", "with", "und", "www",
            "het", "een", "van", "op", "met", "voor", "te", "aan", "bij", "om", "die", "dat", "er");

    private FullTextQuery() {
    }

    /** The boolean-mode query, or an empty string when nothing searchable is left. */
    static String of(String text) {
        String cleaned = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        if (cleaned.isEmpty()) {
            return "";
        }
        return Arrays.stream(cleaned.split(" "))
                .filter(word -> word.length() > 1 && !STOPWORDS.contains(word))
                .distinct()
                .map(word -> "+" + word + "*")
                .collect(Collectors.joining(" "));
    }
}
