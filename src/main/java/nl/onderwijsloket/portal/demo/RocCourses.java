package nl.onderwijsloket.portal.demo;

import static nl.onderwijsloket.portal.catalogue.CourseFormat.BLENDED;
import static nl.onderwijsloket.portal.catalogue.CourseFormat.ONLINE;
import static nl.onderwijsloket.portal.catalogue.CourseFormat.ON_SITE;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.ADVANCED;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.INTRODUCTORY;
import static nl.onderwijsloket.portal.catalogue.Theme.BEGELEIDING;
import static nl.onderwijsloket.portal.catalogue.Theme.BURGERSCHAP;
import static nl.onderwijsloket.portal.catalogue.Theme.DIDACTIEK;
import static nl.onderwijsloket.portal.catalogue.Theme.DIFFERENTIATIE;
import static nl.onderwijsloket.portal.catalogue.Theme.DIGITALE_GELETTERDHEID;
import static nl.onderwijsloket.portal.catalogue.Theme.GEDRAG;
import static nl.onderwijsloket.portal.catalogue.Theme.LEZEN;
import static nl.onderwijsloket.portal.catalogue.Theme.PASSEND_ONDERWIJS;
import static nl.onderwijsloket.portal.catalogue.Theme.REKENEN;
import static nl.onderwijsloket.portal.catalogue.Theme.TAAL;
import static nl.onderwijsloket.portal.people.JobFunction.LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.MENTOR;
import static nl.onderwijsloket.portal.people.JobFunction.ONDERWIJSASSISTENT;
import static nl.onderwijsloket.portal.people.JobFunction.STARTENDE_LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ZIJ_INSTROMER;
import static nl.onderwijsloket.portal.people.Sector.MBO;
import static nl.onderwijsloket.portal.people.Sector.PO;
import static nl.onderwijsloket.portal.people.Sector.SO;
import static nl.onderwijsloket.portal.people.Sector.VO;

import java.util.List;

/** Courses of ROC Oost College, including the modules of the mbo-5 route for teaching assistants. */
final class RocCourses {

    private static CourseSpec.Builder course(String code, String title) {
        return CourseSpec.course(DemoOrganisations.ROC_COLLEGE, code, title);
    }

    static final List<CourseSpec> COURSES = List.of(
            course("ROC-OA-01", "Instructie geven aan kleine groepen")
                    .summary("Leer als onderwijsassistent een korte, heldere instructie geven aan een groepje "
                            + "leerlingen.")
                    .description("Je leert hoe je aansluit bij de instructie van de leraar en daar in een klein "
                                    + "groepje op voortbouwt.",
                            "Aan bod komen voordoen, controleren of leerlingen het begrijpen en hen zelfstandig "
                                    + "laten oefenen.",
                            "Je neemt een instructie op video op en bespreekt die met een docent van het ROC en met "
                                    + "de leraar op je school.")
                    .themes(DIDACTIEK).audiences(ONDERWIJSASSISTENT).sectors(PO, SO, VO)
                    .build(ON_SITE, INTRODUCTORY, 20, 24_500),
            course("ROC-OA-02", "Leesbegeleiding voor onderwijsassistenten")
                    .summary("Begeleid leerlingen die achterlopen met technisch en begrijpend lezen met bewezen "
                            + "aanpakken.")
                    .description("Je maakt kennis met de leesontwikkeling van kinderen en met interventies zoals "
                                    + "herhaald lezen en duolezen.",
                            "Je leert een leesgroepje te begeleiden volgens een vaste opbouw en de vorderingen bij "
                                    + "te houden.",
                            "Samen met de leraar of intern begeleider stem je af welke leerlingen extra leestijd "
                                    + "krijgen.")
                    .themes(LEZEN).audiences(ONDERWIJSASSISTENT).sectors(PO, SO)
                    .build(ON_SITE, INTRODUCTORY, 24, 29_500),
            course("ROC-OA-03", "Rekenondersteuning in kleine groepen")
                    .summary("Help leerlingen met een rekenachterstand verder met materialen, modellen en gerichte "
                            + "oefening.")
                    .description("Je leert hoe rekenbegrip zich ontwikkelt en waar leerlingen vaak vastlopen, "
                                    + "bijvoorbeeld bij de tafels, getallen tot honderd en klokkijken.",
                            "Je oefent met materialen en rekenspellen die je in een klein groepje inzet.",
                            "Je maakt een begeleidingsplan voor een groepje uit je eigen school en voert het uit.")
                    .themes(REKENEN, DIFFERENTIATIE).audiences(ONDERWIJSASSISTENT).sectors(PO, SO)
                    .build(ON_SITE, INTRODUCTORY, 24, 29_500),
            course("ROC-OA-04", "Gedrag begrijpen en begeleiden")
                    .summary("Begrijp wat er achter lastig gedrag zit en reageer rustig en consequent, samen met de "
                            + "leraar.")
                    .description("Je leert gedrag te zien als communicatie en het te verklaren vanuit de behoeften "
                                    + "van leerlingen.",
                            "Je oefent met de-escaleren, positief bekrachtigen en het voeren van korte gesprekken "
                                    + "met leerlingen.",
                            "Ook bespreek je hoe je als onderwijsassistent aansluit bij de afspraken uit het "
                                    + "ondersteuningsplan.")
                    .themes(GEDRAG, PASSEND_ONDERWIJS).audiences(ONDERWIJSASSISTENT).sectors(PO, SO, VO)
                    .build(BLENDED, INTRODUCTORY, 32, 34_500),
            course("ROC-OA-05", "Ontwikkeling van kinderen en jongeren")
                    .summary("Verdiep je kennis van de ontwikkeling van kinderen en jongeren, zodat je beter aansluit "
                            + "bij wat zij nodig hebben.")
                    .description("Je bestudeert de cognitieve, sociale en emotionele ontwikkeling van kinderen van "
                                    + "vier tot achttien jaar.",
                            "Je leert signalen herkennen die wijzen op een voorsprong of achterstand en bespreekt "
                                    + "wanneer je die deelt met de leraar of intern begeleider.",
                            "Met casussen uit je eigen school oefen je met observeren en rapporteren.")
                    .themes(PASSEND_ONDERWIJS, DIFFERENTIATIE).audiences(ONDERWIJSASSISTENT).sectors(PO, SO, VO)
                    .build(BLENDED, ADVANCED, 40, 49_500),
            course("ROC-OA-06", "Praktijkopdracht mbo-5: verbeteren in je eigen school")
                    .summary("Sluit de mbo-5-route af met een verbeterproject dat je samen met je school kiest en "
                            + "uitvoert.")
                    .description("Je kiest met je leidinggevende een vraagstuk uit de praktijk, zoals het organiseren "
                                    + "van de leesondersteuning of de inzet van onderwijsassistenten in de onderbouw.",
                            "Je onderzoekt de situatie, zet een verbetering in gang en evalueert wat die oplevert.",
                            "Je presenteert je resultaten aan het team en aan een beoordelingscommissie van het ROC.")
                    .themes(BEGELEIDING, DIDACTIEK).audiences(ONDERWIJSASSISTENT).sectors(PO, SO, VO)
                    .build(BLENDED, ADVANCED, 80, 95_000),
            course("ROC-DIG-01", "Digitale geletterdheid: ict slim inzetten in de klas")
                    .summary("Zet digitale middelen doelgericht in en help leerlingen zelf digitaal vaardig te "
                            + "worden.")
                    .description("Je verkent de vier domeinen van digitale geletterdheid: ict-basisvaardigheden, "
                                    + "mediawijsheid, informatievaardigheden en computational thinking.",
                            "Je probeert eenvoudige lesactiviteiten uit, van programmeren zonder computer tot het "
                                    + "beoordelen van online bronnen.",
                            "Je gaat naar huis met een lessenreeks die je direct kunt gebruiken.")
                    .themes(DIGITALE_GELETTERDHEID).audiences(ONDERWIJSASSISTENT, LERAAR).sectors(PO, MBO)
                    .build(ONLINE, INTRODUCTORY, 16, 19_500),
            course("ROC-BUR-01", "Burgerschap in het mbo")
                    .summary("Geef burgerschapsonderwijs dat aansluit bij de beroepspraktijk en de leefwereld van "
                            + "mbo-studenten.")
                    .description("Sinds de wettelijke burgerschapsopdracht is aangescherpt, wordt er meer verwacht "
                                    + "van opleidingen.",
                            "Je leert hoe je democratie, diversiteit en duurzaamheid verbindt met beroepssituaties "
                                    + "van je studenten.",
                            "Je ontwerpt een project dat past in je eigen opleiding en toetst het bij collega's.")
                    .themes(BURGERSCHAP).audiences(LERAAR, STARTENDE_LERAAR).sectors(MBO)
                    .build(ON_SITE, ADVANCED, 16, 0),
            course("ROC-TAA-01", "Taalgericht vakonderwijs")
                    .summary("Help leerlingen en studenten vakteksten te begrijpen en vaktaal te gebruiken, in elke "
                            + "les.")
                    .description("Veel studenten struikelen niet over de vakinhoud, maar over de taal waarin die "
                                    + "wordt aangeboden.",
                            "Je leert hoe je met context, interactie en taalsteun het leren van vakbegrippen "
                                    + "ondersteunt.",
                            "Je past je eigen lesmateriaal aan en bespreekt het resultaat met een taalcoach.")
                    .themes(TAAL, DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR, ZIJ_INSTROMER).sectors(MBO, VO)
                    .build(ON_SITE, ADVANCED, 12, 14_500),
            course("ROC-STA-01", "Stagiairs onderwijsassistent begeleiden op de werkplek")
                    .summary("Begeleid mbo-stagiairs van de opleiding onderwijsassistent en beoordeel hun "
                            + "beroepstaken samen met het ROC.")
                    .description("Deze training is bedoeld voor leraren die stagiairs van de mbo-opleiding "
                                    + "onderwijsassistent begeleiden.",
                            "Je oefent met leergesprekken, het stellen van leerdoelen en het beoordelen van "
                                    + "beroepstaken.",
                            "Ook leer je hoe je samenwerkt met de stagebegeleider van de opleiding.")
                    .themes(BEGELEIDING).audiences(MENTOR, LERAAR).sectors(PO, SO, VO)
                    .build(ON_SITE, INTRODUCTORY, 8, 0),
            course("ROC-EN-01", "English for the international vocational classroom")
                    .summary("Build confidence in teaching and coaching international students in English in mbo "
                            + "programmes.")
                    .description("More and more mbo programmes welcome students who are not yet fluent in Dutch.",
                            "In this course you practise explaining tasks, giving feedback and coaching students in "
                                    + "clear English.",
                            "You also learn how to make your teaching materials accessible to students who learn "
                                    + "in a second language.")
                    .themes(TAAL).audiences(LERAAR).sectors(MBO)
                    .build(ONLINE, INTRODUCTORY, 20, 24_500)
                    .inEnglish());

    private RocCourses() {
    }
}
