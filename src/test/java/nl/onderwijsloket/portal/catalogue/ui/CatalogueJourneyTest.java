package nl.onderwijsloket.portal.catalogue.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import nl.onderwijsloket.portal.KaribuTest;
import nl.onderwijsloket.portal.catalogue.CatalogueFixtures;
import nl.onderwijsloket.portal.catalogue.CourseCard;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.catalogue.data.CourseReadSql;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;

/** Shared set-up of the catalogue journeys: a small recognisable catalogue next to the demo data. */
abstract class CatalogueJourneyTest extends KaribuTest {

    static final String WORD = "zebravinkmethode";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    CourseReadSql readSql;
    @Autowired
    Clock clock;

    CatalogueFixtures fixtures;
    long provider;
    long reading;
    long behaviour;
    long fullEdition;

    @BeforeEach
    void createCatalogue() {
        fixtures = new CatalogueFixtures(jdbc, readSql, LocalDate.now(clock));
        provider = fixtures.provider("Academie Zebravink");
        reading = fixtures.course(provider, "Leesplezier met de " + WORD, "Samen lezen in de onderbouw.",
                CourseFormat.ON_SITE, CourseLevel.INTRODUCTORY, Set.of(JobFunction.LERAAR), Set.of(Sector.PO),
                Set.of(Theme.LEZEN));
        behaviour = fixtures.course(provider, "Gedrag en de " + WORD, "Rust in de klas.",
                CourseFormat.ONLINE, CourseLevel.ADVANCED, Set.of(JobFunction.ONDERWIJSASSISTENT),
                Set.of(Sector.SO), Set.of(Theme.GEDRAG));
        fixtures.edition(reading, 30, 15, 12, EditionStatus.OPEN);
        fullEdition = fixtures.edition(behaviour, 45, 10, 10, EditionStatus.OPEN);
    }

    @AfterEach
    void removeCatalogue() {
        fixtures.removeAll();
    }

    /** The courses the result list shows now. */
    static List<CourseCard> results() {
        return _get(ResultList.class).cards().toList();
    }
}
