package nl.onderwijsloket.portal.demo;

import static nl.onderwijsloket.portal.catalogue.CourseFormat.BLENDED;
import static nl.onderwijsloket.portal.catalogue.CourseFormat.ONLINE;
import static nl.onderwijsloket.portal.catalogue.CourseFormat.ON_SITE;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.ADVANCED;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.INTRODUCTORY;
import static nl.onderwijsloket.portal.catalogue.CourseLevel.SPECIALIST;
import static nl.onderwijsloket.portal.catalogue.Theme.BEGELEIDING;
import static nl.onderwijsloket.portal.catalogue.Theme.BURGERSCHAP;
import static nl.onderwijsloket.portal.catalogue.Theme.DIDACTIEK;
import static nl.onderwijsloket.portal.catalogue.Theme.DIFFERENTIATIE;
import static nl.onderwijsloket.portal.catalogue.Theme.INDUCTIE;
import static nl.onderwijsloket.portal.catalogue.Theme.LEIDERSCHAP;
import static nl.onderwijsloket.portal.catalogue.Theme.LEZEN;
import static nl.onderwijsloket.portal.catalogue.Theme.PASSEND_ONDERWIJS;
import static nl.onderwijsloket.portal.catalogue.Theme.REKENEN;
import static nl.onderwijsloket.portal.catalogue.Theme.TAAL;
import static nl.onderwijsloket.portal.people.JobFunction.INTERN_BEGELEIDER;
import static nl.onderwijsloket.portal.people.JobFunction.LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.MENTOR;
import static nl.onderwijsloket.portal.people.JobFunction.ONDERWIJSASSISTENT;
import static nl.onderwijsloket.portal.people.JobFunction.SCHOOLLEIDER;
import static nl.onderwijsloket.portal.people.JobFunction.STARTENDE_LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ZIJ_INSTROMER;
import static nl.onderwijsloket.portal.people.Sector.MBO;
import static nl.onderwijsloket.portal.people.Sector.PO;
import static nl.onderwijsloket.portal.people.Sector.SO;
import static nl.onderwijsloket.portal.people.Sector.VO;

import java.util.List;

/** Courses of Hogeschool Oost – Lerarenopleidingen, including the pabo preparation programme. */
final class HogeschoolCourses {

    private static CourseSpec.Builder course(String code, String title) {
        return CourseSpec.course(DemoOrganisations.HOGESCHOOL, code, title);
    }

    static final List<CourseSpec> COURSES = List.of(
            course("HSO-PAB-01", "Rekenen: voorbereiding op de pabo-toelatingstoets")
                    .summary("Fris je rekenkennis op en oefen gericht met de onderdelen van de toelatingstoets "
                            + "rekenen voor de pabo.")
                    .description("In zes bijeenkomsten werk je aan getallen, verhoudingen, meten en meetkunde en "
                                    + "verbanden op het niveau van de toelatingstoets.",
                            "Je start met een nulmeting, zodat je precies weet waar je extra moet oefenen.",
                            "Tussen de bijeenkomsten oefen je online met toetsvragen en krijg je uitleg van een "
                                    + "rekendocent van de pabo.")
                    .themes(REKENEN).audiences(ONDERWIJSASSISTENT, ZIJ_INSTROMER).sectors(PO)
                    .build(BLENDED, INTRODUCTORY, 40, 29_500),
            course("HSO-PAB-02", "Taal: voorbereiding op de pabo-toelatingstoets")
                    .summary("Werk aan spelling, grammatica, woordenschat en begrijpend lezen op het niveau dat de "
                            + "pabo bij de start verwacht.")
                    .description("Je oefent met de onderdelen van de toelatingstoets taal: spelling en "
                                    + "werkwoordspelling, zinsbouw, woordenschat en het lezen van zakelijke teksten.",
                            "Een taaldocent van de pabo bespreekt veelgemaakte fouten en geeft strategieën die je "
                                    + "later als leraar ook zelf gebruikt.",
                            "Je sluit af met een proeftoets onder examencondities.")
                    .themes(TAAL).audiences(ONDERWIJSASSISTENT, ZIJ_INSTROMER).sectors(PO)
                    .build(BLENDED, INTRODUCTORY, 40, 29_500),
            course("HSO-PAB-03", "Aardrijkskunde en geschiedenis: voorbereiding op de toelatingstoetsen")
                    .summary("Bereid je voor op de toelatingstoetsen aardrijkskunde en geschiedenis als je die vakken "
                            + "niet in je vooropleiding had.")
                    .description("Wie zonder aardrijkskunde of geschiedenis in het eindexamenpakket naar de pabo wil, "
                                    + "legt voor die vakken een toelatingstoets af.",
                            "In deze cursus werk je met de landelijke kennisbasis: van tijdvakken en de canon tot "
                                    + "kaartvaardigheden en de aarde als systeem.",
                            "Je leert de stof zelfstandig te plannen en oefent met voorbeeldvragen.")
                    .themes(DIDACTIEK, BURGERSCHAP).audiences(ONDERWIJSASSISTENT, ZIJ_INSTROMER).sectors(PO)
                    .build(ONLINE, INTRODUCTORY, 60, 34_500),
            course("HSO-PAB-04", "Natuur en techniek: voorbereiding op de toelatingstoets")
                    .summary("Verdiep je in biologie, natuurkunde en techniek op het niveau van de "
                            + "pabo-toelatingstoets natuur en techniek.")
                    .description("Je werkt aan de kennisbasis natuur en techniek: planten en dieren, het menselijk "
                                    + "lichaam, energie, krachten en eenvoudige techniek.",
                            "In practica op de hogeschool onderzoek je zelf verschijnselen, zoals je dat later met "
                                    + "kinderen doet.",
                            "Een oefentoets aan het eind laat zien of je klaar bent voor de echte toets.")
                    .themes(DIDACTIEK).audiences(ONDERWIJSASSISTENT, ZIJ_INSTROMER).sectors(PO)
                    .build(BLENDED, INTRODUCTORY, 50, 34_500),
            course("HSO-LEI-01", "Onderwijskwaliteit en schoolplan")
                    .summary("Leer als schoolleider sturen op onderwijskwaliteit, van visie en schoolplan tot een "
                            + "kwaliteitscyclus die het team echt gebruikt.")
                    .description("Je vertaalt de visie van je school naar concrete doelen en kiest indicatoren die "
                                    + "iets zeggen over het leren van leerlingen.",
                            "Je oefent met gegevens uit het leerlingvolgsysteem, kwaliteitskaarten en het "
                                    + "onderzoekskader van de inspectie.",
                            "Je eindproduct is een kwaliteitsagenda voor je eigen school, besproken met een "
                                    + "critical friend van een andere school.")
                    .themes(LEIDERSCHAP).audiences(SCHOOLLEIDER).sectors(PO, SO, VO)
                    .build(BLENDED, ADVANCED, 80, 145_000),
            course("HSO-PO-01", "Begrijpend lezen in groep 5 tot en met 8")
                    .summary("Maak begrijpend lezen betekenisvol met rijke teksten, hardop voordoen en gesprekken "
                            + "over wat leerlingen lezen.")
                    .description("Veel leerlingen lezen wel, maar begrijpen niet goed wat ze lezen.",
                            "Je leert hoe je met rijke, samenhangende teksten en hardop denkend voordoen "
                                    + "leesstrategieën aanleert die blijven hangen.",
                            "Je probeert in je eigen groep een lessenserie uit en bespreekt opnames van je lessen "
                                    + "met collega's.")
                    .themes(LEZEN, DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR).sectors(PO, SO)
                    .build(ON_SITE, ADVANCED, 16, 42_500),
            course("HSO-PO-02", "Rekendidactiek: van handelen naar formule")
                    .summary("Versterk je rekenlessen met het drieslagmodel: van concreet handelen via modellen naar "
                            + "abstract rekenen.")
                    .description("Je verdiept je in hoe kinderen rekenbegrip opbouwen en waar het vaak misgaat, "
                                    + "bijvoorbeeld bij breuken, verhoudingen en procenten.",
                            "Je leert materialen en modellen doelgericht in te zetten en de overstap naar formele "
                                    + "bewerkingen te begeleiden.",
                            "In je eigen groep analyseer je het werk van leerlingen en stem je je instructie daarop "
                                    + "af.")
                    .themes(REKENEN, DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR, INTERN_BEGELEIDER)
                    .sectors(PO, SO)
                    .build(ON_SITE, ADVANCED, 24, 49_500),
            course("HSO-PAS-01", "Post-hbo Specialist passend onderwijs")
                    .summary("Word de specialist die collega's helpt om het onderwijs te laten passen bij leerlingen "
                            + "met extra ondersteuningsbehoeften.")
                    .description("In deze post-hbo-opleiding verdiep je je in handelingsgericht werken, "
                                    + "ontwikkelingsperspectieven en de samenwerking binnen het samenwerkingsverband.",
                            "Je voert een verbeteronderzoek uit in je eigen school en leert collega's te "
                                    + "ondersteunen bij het afstemmen in de klas.",
                            "De opleiding sluit af met een assessment en levert een post-hbo-certificaat op.")
                    .themes(PASSEND_ONDERWIJS, DIFFERENTIATIE).audiences(LERAAR, INTERN_BEGELEIDER)
                    .sectors(PO, SO, VO)
                    .build(BLENDED, SPECIALIST, 120, 149_500),
            course("HSO-VO-01", "Activerende didactiek in het voortgezet onderwijs")
                    .summary("Zorg dat alle leerlingen actief met de lesstof aan de slag gaan, ook in het laatste uur "
                            + "op vrijdag.")
                    .description("Je maakt kennis met werkvormen die het denken van alle leerlingen zichtbaar maken, "
                                    + "van wisbordjes tot gestructureerd samenwerken.",
                            "Je leert kiezen welke werkvorm past bij welk lesdoel en hoe je intussen de rust in de "
                                    + "klas bewaart.",
                            "Na elke bijeenkomst probeer je een werkvorm uit en deel je je ervaringen met "
                                    + "vakgenoten van andere scholen.")
                    .themes(DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR, ZIJ_INSTROMER).sectors(VO, MBO)
                    .build(ON_SITE, INTRODUCTORY, 12, 29_500),
            course("HSO-EN-01", "Teaching in English: CLIL in bilingual education")
                    .summary("Develop your classroom English and learn to teach your subject through English in "
                            + "bilingual streams.")
                    .description("This course helps subject teachers in bilingual streams to combine content and "
                                    + "language learning (CLIL).",
                            "You practise classroom language, scaffolding and giving feedback in English, and you "
                                    + "design a CLIL lesson for your own subject.",
                            "Sessions are taught in English by lecturers of the teacher-training college.")
                    .themes(TAAL, DIDACTIEK).audiences(LERAAR).sectors(VO)
                    .build(ONLINE, ADVANCED, 30, 59_500)
                    .inEnglish(),
            course("HSO-OND-01", "Praktijkgericht onderzoek in je eigen klas")
                    .summary("Onderzoek een vraag uit je eigen lespraktijk, van onderzoeksvraag tot presentatie aan "
                            + "je team.")
                    .description("Je formuleert een vraag die er in je klas of school echt toe doet en kiest "
                                    + "passende, haalbare onderzoeksmethoden.",
                            "Je verzamelt gegevens, analyseert ze met hulp van een onderzoeksbegeleider en trekt "
                                    + "conclusies voor je eigen handelen.",
                            "De cursus sluit af met een presentatie in je team, zodat ook collega's van je "
                                    + "onderzoek leren.")
                    .themes(DIDACTIEK, INDUCTIE).audiences(LERAAR, STARTENDE_LERAAR).sectors(PO, SO, VO, MBO)
                    .build(BLENDED, ADVANCED, 56, 89_500),
            course("HSO-IB-01", "Post-hbo Intern begeleider")
                    .summary("Groei in de rol van intern begeleider: leerlingenzorg organiseren, leraren coachen en "
                            + "de ondersteuning in de school vormgeven.")
                    .description("Je leert de ondersteuningsstructuur van je school te analyseren en te verbeteren, "
                                    + "van groepsbespreking tot overleg met ouders en externe partners.",
                            "Daarnaast oefen je met coachende gesprekken met leraren en met het voorzitten van "
                                    + "multidisciplinaire overleggen.",
                            "De opleiding bestaat uit tien bijeenkomsten, intervisie en een praktijkopdracht in je "
                                    + "eigen school.")
                    .themes(BEGELEIDING, PASSEND_ONDERWIJS).audiences(INTERN_BEGELEIDER, LERAAR).sectors(PO, SO)
                    .build(BLENDED, SPECIALIST, 120, 139_500),
            course("HSO-ZIJ-01", "Zij-instroom: basis van pedagogiek en didactiek")
                    .summary("Een stevige basis voor zij-instromers die al voor de klas staan: lesgeven, "
                            + "klassenmanagement en hoe leerlingen leren.")
                    .description("Je leert een les opbouwen met heldere doelen, instructie en controle of leerlingen "
                                    + "het begrepen hebben.",
                            "Ook komt aan bod hoe je een veilig klimaat schept en hoe leerlingen leren en onthouden.",
                            "De cursus sluit aan bij je zij-instroomtraject en je bouwt een portfolio op dat je bij "
                                    + "je bekwaamheidsbeoordeling kunt gebruiken.")
                    .themes(DIDACTIEK, INDUCTIE).audiences(ZIJ_INSTROMER).sectors(PO, VO, MBO)
                    .build(BLENDED, INTRODUCTORY, 60, 79_500),
            course("HSO-OIS-01", "Opleiden in de school: werkplekbegeleider")
                    .summary("Leer studenten van de lerarenopleiding op jouw school goed begeleiden en beoordelen.")
                    .description("Als werkplekbegeleider ben je voor studenten het belangrijkste voorbeeld in de "
                                    + "praktijk.",
                            "Je oefent met begeleidingsgesprekken, feedback op lessen en beoordelen aan de hand van "
                                    + "de beroepsbekwaamheidseisen.",
                            "Je wisselt ervaringen uit met begeleiders van andere opleidingsscholen in de regio.")
                    .themes(BEGELEIDING).audiences(MENTOR, LERAAR).sectors(PO, SO, VO)
                    .build(ON_SITE, INTRODUCTORY, 16, 0));

    private HogeschoolCourses() {
    }
}
