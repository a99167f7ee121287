package nl.onderwijsloket.portal.people.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How a search text becomes LIKE patterns: words, a cap on their number, wildcards matched literally. */
class PeopleQueryTextTest {

    @Test
    void textSplitsIntoDistinctWords() {
        assertThat(PeopleQuery.words("  sanne   de  vries sanne ")).containsExactly("sanne", "de", "vries");
        assertThat(PeopleQuery.words("")).isEmpty();
        assertThat(PeopleQuery.words("a b c d e f g")).hasSize(PeopleQuery.MAX_WORDS);
    }

    @Test
    void likeWildcardsAndTheEscapeCharacterAreEscaped() {
        assertThat(PeopleQuery.escapeLike("100%_zeker!")).isEqualTo("100!%!_zeker!!");
        assertThat(PeopleQuery.escapeLike("gewoon")).isEqualTo("gewoon");
    }
}
