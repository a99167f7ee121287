package nl.onderwijsloket.portal.people.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a search text becomes the words of LIKE patterns: distinct words, a cap on their number. */
class PeopleQueryTextTest {

    @Test
    void textSplitsIntoDistinctWords() {
        assertThat(PeopleQuery.words("  sanne   de  vries sanne ")).containsExactly("sanne", "de", "vries");
        assertThat(PeopleQuery.words("")).isEmpty();
        assertThat(PeopleQuery.words("a b c d e f g")).hasSize(PeopleQuery.MAX_WORDS);
    }
}
