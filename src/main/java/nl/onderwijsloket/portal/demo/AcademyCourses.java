package nl.onderwijsloket.portal.demo;

import static nl.onderwijsloket.portal.catalogue.CourseFormat.BLENDED;
import static nl.onderwijsloket.portal.catalogue.CourseFormat.ON_SITE;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.ADVANCED;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.INTRODUCTORY;
import static nl.onderwijsloket.portal.catalogue.Theme.BEGELEIDING;
import static nl.onderwijsloket.portal.catalogue.Theme.DIDACTIEK;
import static nl.onderwijsloket.portal.catalogue.Theme.DIFFERENTIATIE;
import static nl.onderwijsloket.portal.catalogue.Theme.GEDRAG;
import static nl.onderwijsloket.portal.catalogue.Theme.INDUCTIE;
import static nl.onderwijsloket.portal.catalogue.Theme.LEIDERSCHAP;
import static nl.onderwijsloket.portal.catalogue.Theme.LEZEN;
import static nl.onderwijsloket.portal.catalogue.Theme.TAAL;
import static nl.onderwijsloket.portal.people.JobFunction.INTERN_BEGELEIDER;
import static nl.onderwijsloket.portal.people.JobFunction.LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ONDERWIJSASSISTENT;
import static nl.onderwijsloket.portal.people.JobFunction.SCHOOLLEIDER;
import static nl.onderwijsloket.portal.people.JobFunction.STARTENDE_LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ZIJ_INSTROMER;
import static nl.onderwijsloket.portal.people.Sector.PO;
import static nl.onderwijsloket.portal.people.Sector.SO;

import java.util.List;

/** Courses of the Eskerkring Academie, the first board's own academy; free for its staff. */
final class AcademyCourses {

    private static CourseSpec.Builder course(String code, String title) {
        return CourseSpec.course(DemoOrganisations.ACADEMY, code, title);
    }

    static final List<CourseSpec> COURSES = List.of(
            course("ESK-LEI-01", "Startende schoolleider: de eerste honderd dagen")
                    .summary("Een stevige landing als nieuwe schoolleider: je team leren kennen, prioriteiten stellen "
                            + "en je rol pakken.")
                    .description("In je eerste maanden als schoolleider komt er veel op je af: een nieuw team, "
                                    + "ouders, het bestuur en lopende afspraken.",
                            "Je leert met gesprekken en observaties de cultuur van je school te verkennen voordat je "
                                    + "koers bepaalt.",
                            "Met een ervaren schoolleider als coach stel je een plan op voor je eerste schooljaar.")
                    .themes(LEIDERSCHAP, INDUCTIE).audiences(SCHOOLLEIDER).sectors(PO, SO)
                    .build(BLENDED, INTRODUCTORY, 24, 0),
            course("ESK-LEI-02", "Onderwijskundig leiderschap voor bouwcoördinatoren")
                    .summary("Versterk je rol als bouwcoördinator: collega's meenemen in verbeteringen en lesbezoeken "
                            + "afleggen.")
                    .description("Als bouwcoördinator ben je de schakel tussen het team en de schoolleiding.",
                            "Je leert een bouwvergadering inhoudelijk voor te zitten, collegiale consultatie te "
                                    + "organiseren en met collega's aan betere lessen te werken.",
                            "Je oefent met het afleggen van lesbezoeken en het voeren van een nagesprek.")
                    .themes(LEIDERSCHAP, BEGELEIDING).audiences(LERAAR, INTERN_BEGELEIDER).sectors(PO)
                    .build(BLENDED, ADVANCED, 20, 0),
            course("ESK-DID-01", "Expliciete directe instructie in de praktijk")
                    .summary("Geef instructie volgens het EDI-model, met heldere lesdoelen, voordoen en begeleide "
                            + "inoefening.")
                    .description("Expliciete directe instructie helpt leerlingen stap voor stap nieuwe stof onder de "
                                    + "knie te krijgen.",
                            "Je leert de opbouw van een EDI-les, het controleren van begrip met wisbordjes en het "
                                    + "geven van verlengde instructie.",
                            "Een collega van de academie bezoekt een les in je eigen groep en geeft je feedback.")
                    .themes(DIDACTIEK, DIFFERENTIATIE).audiences(LERAAR, STARTENDE_LERAAR, ZIJ_INSTROMER)
                    .sectors(PO)
                    .build(ON_SITE, INTRODUCTORY, 12, 0),
            course("ESK-LEZ-01", "Technisch lezen in groep 3 en 4")
                    .summary("Geef aanvankelijk en voortgezet technisch lezen zo vorm dat elk kind vlot en vloeiend "
                            + "leert lezen.")
                    .description("Je verdiept je in de fasen van de leesontwikkeling en in de opbouw van de methode "
                                    + "voor aanvankelijk lezen.",
                            "Je leert hoe je met zoemend lezen, klankgebaren en herhaald lezen de automatisering "
                                    + "stimuleert.",
                            "Ook bespreek je hoe je risicolezers vroeg signaleert en samen met de intern begeleider "
                                    + "extra ondersteuning organiseert.")
                    .themes(LEZEN).audiences(LERAAR, STARTENDE_LERAAR, ONDERWIJSASSISTENT).sectors(PO)
                    .build(ON_SITE, ADVANCED, 10, 0),
            course("ESK-GED-01", "Een positief groepsklimaat in de eerste weken")
                    .summary("Gebruik de eerste weken van het schooljaar om een groep te vormen waarin leerlingen "
                            + "zich veilig voelen.")
                    .description("In de eerste weken van het schooljaar ontstaan de normen en rollen in een groep.",
                            "Je leert hoe je met kennismakingsactiviteiten, groepsafspraken en positieve "
                                    + "bekrachtiging een goed klimaat neerzet.",
                            "Je krijgt een draaiboek voor de eerste weken dat je aanpast aan je eigen groep.")
                    .themes(GEDRAG).audiences(LERAAR, STARTENDE_LERAAR, ONDERWIJSASSISTENT).sectors(PO)
                    .build(ON_SITE, INTRODUCTORY, 6, 0),
            course("ESK-TAA-01", "Woordenschatonderwijs met effect")
                    .summary("Breid de woordenschat van je leerlingen gericht uit met de viertakt en rijke "
                            + "taalactiviteiten.")
                    .description("Een grote woordenschat is de sleutel tot begrijpend lezen en tot succes in alle "
                                    + "vakken.",
                            "Je leert woorden selecteren, aanbieden volgens de viertakt en regelmatig herhalen.",
                            "Speciale aandacht gaat uit naar leerlingen die thuis weinig Nederlands spreken.")
                    .themes(TAAL, LEZEN).audiences(LERAAR, STARTENDE_LERAAR, ONDERWIJSASSISTENT).sectors(PO)
                    .build(ON_SITE, INTRODUCTORY, 8, 0));

    private AcademyCourses() {
    }
}
