package nl.onderwijsloket.portal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.DatabaseTest;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The catalogue search on a real MariaDB: FULLTEXT relevance, every filter, their combinations, sorting
 * and paging. Fixture titles share a made-up word so the demo data never interferes.
 */
@SpringBootTest
@DatabaseTest
class CatalogueSearchTest {

    private static final String WORD = "kwispelprotocol";

    @Autowired
    CatalogueService catalogue;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures fixtures;
    long network;
    long college;
    long reading;
    long behaviour;
    long behaviourOnline;
    long leadership;

    @BeforeEach
    void createCatalogue() {
        fixtures = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        network = fixtures.provider("Kennisnetwerk Kwispel");
        college = fixtures.provider("Hogeschool Testland");
        reading = fixtures.course(college, "Begrijpend lezen en het " + WORD, "Lezen met plezier in groep 5.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR),
                Set.of(Sector.PO), Set.of(Theme.LEZEN));
        behaviour = fixtures.course(college, "Gedrag in de klas", "Rust in de groep volgens het " + WORD + ".",
                CourseFormat.ON_SITE, CourseLevel.ADVANCED, Set.of(JobFunction.LERAAR, JobFunction.ONDERWIJSASSISTENT),
                Set.of(Sector.PO, Sector.SO), Set.of(Theme.GEDRAG, Theme.PASSEND_ONDERWIJS));
        behaviourOnline = fixtures.course(network, "Gedrag online " + WORD, "Webinarreeks over gedrag.",
                CourseFormat.ONLINE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.ONDERWIJSASSISTENT),
                Set.of(Sector.VO), Set.of(Theme.GEDRAG));
        leadership = fixtures.course(network, "Leiderschap " + WORD, "Coachend leidinggeven.",
                CourseFormat.BLENDED, CourseLevel.SPECIALIST, Set.of(JobFunction.SCHOOLLEIDER),
                Set.of(Sector.MBO), Set.of(Theme.LEIDERSCHAP));
        fixtures.edition(reading, 40, 20, 5, EditionStatus.OPEN);              // free seats
        fixtures.edition(behaviour, 20, 12, 12, EditionStatus.OPEN);           // full
        fixtures.edition(behaviour, 120, 12, 0, EditionStatus.PLANNED);        // not open yet
        fixtures.edition(behaviourOnline, 3, 30, 1, EditionStatus.OPEN);       // deadline passed (start - 7)
        fixtures.edition(behaviourOnline, 200, 30, 0, EditionStatus.OPEN);     // free, far ahead
        // leadership has no editions at all
    }

    @AfterEach
    void removeCatalogue() {
        fixtures.removeAll();
    }

    private CatalogueFilter text(String text) {
        return CatalogueFilter.empty().withText(text);
    }

    private List<Long> ids(CatalogueFilter filter) {
        return catalogue.search(filter, 0, 50).stream().map(CourseCard::id).toList();
    }

    @Test
    void textSearchFindsTitleSummaryAndProviderWordsByPrefix() {
        assertThat(ids(text(WORD))).containsExactlyInAnyOrder(reading, behaviour, behaviourOnline, leadership);
        assertThat(ids(text("kwispelprot"))).hasSize(4);
        assertThat(ids(text(WORD + " testland"))).containsExactlyInAnyOrder(reading, behaviour);
        assertThat(ids(text(WORD + " webinarreeks"))).containsExactly(behaviourOnline);
        assertThat(catalogue.start(text(WORD), 10).total()).isEqualTo(4);
    }

    @Test
    void relevanceRanksTitleMatchesAboveSummaryMatches() {
        List<Long> ranked = ids(text(WORD));
        assertThat(ranked.indexOf(behaviour)).isEqualTo(3);
    }

    @Test
    void typedOperatorsAndStopwordsAreHarmless() {
        assertThat(ids(text("+" + WORD + " -(*\"@~<>)"))).hasSize(4);
        assertThat(ids(text("de het een " + WORD))).hasSize(4);
        assertThat(ids(text("\"(*)\""))).isNotEmpty();
    }

    @Test
    void valuesWithinAFilterCombineWithOrAndFiltersCombineWithAnd() {
        var themes = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(Theme.LEZEN, Theme.LEIDERSCHAP),
                Set.of(), Set.of(), Set.of(), null, null, false, CatalogueSort.RELEVANCE);
        assertThat(ids(themes)).containsExactlyInAnyOrder(reading, leadership);

        var themeAndAudienceAndSector = new CatalogueFilter(WORD, Set.of(JobFunction.ONDERWIJSASSISTENT),
                Set.of(Sector.SO, Sector.VO), Set.of(Theme.GEDRAG), Set.of(), Set.of(), Set.of(), null, null, false,
                CatalogueSort.RELEVANCE);
        assertThat(ids(themeAndAudienceAndSector)).containsExactlyInAnyOrder(behaviour, behaviourOnline);

        var formatLevelProvider = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(),
                Set.of(CourseFormat.ONLINE, CourseFormat.BLENDED), Set.of(network),
                Set.of(CourseLevel.SPECIALIST), null, null, false, CatalogueSort.RELEVANCE);
        assertThat(ids(formatLevelProvider)).containsExactly(leadership);
    }

    @Test
    void freeSeatsOnlyKeepsOpenEditionsWithASeatBeforeTheirDeadline() {
        var free = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null, true, CatalogueSort.RELEVANCE);
        assertThat(ids(free)).containsExactlyInAnyOrder(reading, behaviourOnline);
        assertThat(catalogue.start(free, 10).total()).isEqualTo(2);
    }

    @Test
    void startPeriodAndFreeSeatsApplyToTheSameEdition() {
        LocalDate today = LocalDate.now(clock);
        var soon = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                today, today.plusDays(60), false, CatalogueSort.RELEVANCE);
        assertThat(ids(soon)).containsExactlyInAnyOrder(reading, behaviour, behaviourOnline);

        var soonAndFree = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                today, today.plusDays(60), true, CatalogueSort.RELEVANCE);
        // behaviourOnline has a free edition, but not in this period, and the one in it is past its deadline
        assertThat(ids(soonAndFree)).containsExactly(reading);
    }

    @Test
    void startDateSortPutsTheSoonestFirstAndCoursesWithoutEditionsLast() {
        var byStart = text(WORD).withSort(CatalogueSort.START_DATE);
        assertThat(ids(byStart)).containsExactly(behaviourOnline, behaviour, reading, leadership);
    }

    @Test
    void cardsCarryTheNextEditionAndItsSeats() {
        CourseCard card = catalogue.search(text(WORD).withSort(CatalogueSort.START_DATE), 0, 10).stream()
                .filter(c -> c.id() == behaviour).findFirst().orElseThrow();
        assertThat(card.nextStart()).isEqualTo(LocalDate.now(clock).plusDays(20));
        assertThat(card.nextSeatsLeft()).isZero();
        assertThat(card.upcomingEditions()).isEqualTo(2);
        assertThat(card.providerName()).isEqualTo("Hogeschool Testland");
    }

    @Test
    void pagesAreDisjointAndAddUpToTheCount() {
        var filter = text(WORD).withSort(CatalogueSort.START_DATE);
        List<Long> first = catalogue.search(filter, 0, 2).stream().map(CourseCard::id).toList();
        List<Long> second = catalogue.search(filter, 2, 2).stream().map(CourseCard::id).toList();
        assertThat(first).hasSize(2).doesNotContainAnyElementsOf(second);
        assertThat(second).hasSize(2);
        assertThat(catalogue.search(filter, 4, 2)).isEmpty();
    }

    @Test
    void withFreeSeatsOnlyTheCardShowsTheFirstEditionThatHasThem() {
        var free = new CatalogueFilter(WORD, Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
                null, null, true, CatalogueSort.RELEVANCE);
        CourseCard card = catalogue.search(free, 0, 10).stream()
                .filter(c -> c.id() == behaviourOnline).findFirst().orElseThrow();
        assertThat(card.nextStart()).isEqualTo(LocalDate.now(clock).plusDays(200));
        assertThat(card.nextSeatsLeft()).isEqualTo(30);
        assertThat(card.upcomingEditions()).isEqualTo(2);
    }

    @Test
    void countsStopAtTheLimitAndSayMore(@Autowired nl.onderwijsloket.portal.catalogue.data.CatalogueSearchSql query) {
        LocalDate today = LocalDate.now(clock);
        assertThat(query.count(text(WORD), today, 4)).isEqualTo(4);
        assertThat(query.count(text(WORD), today, 3)).isEqualTo(4);
        assertThat(query.count(text(WORD), today, 2)).isEqualTo(3);
    }

    @Test
    void aNewSearchGetsItsFirstPageAndCountInOneCall() {
        var byText = text(WORD).withSort(CatalogueSort.START_DATE);
        CatalogueResults first = catalogue.start(byText, 2);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.cards()).isEqualTo(catalogue.search(byText, 0, 2));

        // Without text the count is a separate query: the fixture providers isolate the fixtures.
        var withoutText = new CatalogueFilter("", Set.of(JobFunction.ONDERWIJSASSISTENT), Set.of(), Set.of(),
                Set.of(), Set.of(network, college), Set.of(), null, null, true, CatalogueSort.START_DATE);
        CatalogueResults free = catalogue.start(withoutText, 10);
        assertThat(free.cards()).extracting(CourseCard::id).containsExactly(behaviourOnline);
        assertThat(free.total()).isEqualTo(1);

        assertThat(catalogue.start(text(WORD + " nergensgevonden"), 10)).isEqualTo(new CatalogueResults(List.of(), 0));
    }

    @Test
    void changedAudiencesSectorsAndThemesReachTheFiltersWhoeverWritesThem() {
        var ours = Set.of(network, college);
        var mentors = new CatalogueFilter("", Set.of(JobFunction.MENTOR), Set.of(), Set.of(), Set.of(), ours,
                Set.of(), null, null, false, CatalogueSort.START_DATE);
        assertThat(ids(mentors)).isEmpty();

        jdbc.sql("INSERT INTO course_audience (course_id, job_function) VALUES (:c, 'MENTOR')")
                .param("c", leadership).update();
        assertThat(ids(mentors)).containsExactly(leadership);

        jdbc.sql("DELETE FROM course_audience WHERE course_id = :c AND job_function = 'SCHOOLLEIDER'")
                .param("c", leadership).update();
        var leaders = new CatalogueFilter("", Set.of(JobFunction.SCHOOLLEIDER), Set.of(), Set.of(), Set.of(), ours,
                Set.of(), null, null, false, CatalogueSort.START_DATE);
        assertThat(ids(leaders)).isEmpty();

        jdbc.sql("UPDATE course_theme SET theme = 'BEGELEIDING' WHERE course_id = :c AND theme = 'LEIDERSCHAP'")
                .param("c", leadership).update();
        var guidance = new CatalogueFilter("", Set.of(), Set.of(), Set.of(Theme.BEGELEIDING), Set.of(), ours,
                Set.of(), null, null, false, CatalogueSort.START_DATE);
        assertThat(ids(guidance)).containsExactly(leadership);

        jdbc.sql("INSERT INTO course_sector (course_id, sector) VALUES (:c, 'PO')").param("c", leadership).update();
        var primary = new CatalogueFilter("", Set.of(), Set.of(Sector.PO), Set.of(), Set.of(), ours,
                Set.of(), null, null, false, CatalogueSort.START_DATE);
        assertThat(ids(primary)).containsExactlyInAnyOrder(leadership, reading, behaviour);
    }
}
