package nl.onderwijsloket.portal.people.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a search text becomes the words of LIKE patterns: distinct words, a cap on their number. */
class PeopleSqlTextTest {

    @Test
    void textSplitsIntoDistinctWords() {
        assertThat(PeopleSql.words("  sanne   de  vries sanne ")).containsExactly("sanne", "de", "vries");
        assertThat(PeopleSql.words("")).isEmpty();
        assertThat(PeopleSql.words("a b c d e f g")).hasSize(PeopleSql.MAX_WORDS);
    }
}
