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
import static nl.onderwijsloket.portal.catalogue.Theme.DIGITALE_GELETTERDHEID;
import static nl.onderwijsloket.portal.catalogue.Theme.GEDRAG;
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
import static nl.onderwijsloket.portal.people.JobFunction.STAFF;
import static nl.onderwijsloket.portal.people.JobFunction.STARTENDE_LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ZIJ_INSTROMER;
import static nl.onderwijsloket.portal.people.Sector.MBO;
import static nl.onderwijsloket.portal.people.Sector.PO;
import static nl.onderwijsloket.portal.people.Sector.SO;
import static nl.onderwijsloket.portal.people.Sector.VO;

import java.util.List;

/**
 * Courses of the Kennisnetwerk Lerende Leraren Oost: mostly free for the schools in the network, and the
 * regional part of the induction programme.
 */
final class NetworkCourses {

    private static CourseSpec.Builder course(String code, String title) {
        return CourseSpec.course(DemoOrganisations.NETWORK, code, title);
    }

    static final List<CourseSpec> COURSES = List.of(
            course("KLO-GED-01", "Omgaan met gedragsproblemen in de klas")
                    .summary("Praktische aanpakken voor onrust, conflicten en uitdagend gedrag, zodat je weer aan "
                            + "lesgeven toekomt.")
                    .description("Je leert vroege signalen van escalatie te herkennen en in te grijpen voordat een "
                                    + "situatie uit de hand loopt.",
                            "Aan de hand van casussen uit de deelnemende scholen oefen je met heldere "
                                    + "verwachtingen, routines en correctiegesprekken.",
                            "Tussen de bijeenkomsten pas je een aanpak toe in je eigen klas en bespreek je de "
                                    + "ervaringen in een vaste leergroep.")
                    .themes(GEDRAG).audiences(LERAAR, STARTENDE_LERAAR, ONDERWIJSASSISTENT, ZIJ_INSTROMER)
                    .sectors(PO, SO, VO)
                    .build(ON_SITE, INTRODUCTORY, 12, 0),
            course("KLO-GED-02", "Herstelgericht werken: conflicten oplossen met leerlingen")
                    .summary("Leer conflicten en incidenten af te handelen met herstelgesprekken in plaats van alleen "
                            + "met straf.")
                    .description("Herstelgericht werken gaat uit van relaties: wie schade heeft veroorzaakt, helpt "
                                    + "die ook te herstellen.",
                            "Je oefent met herstelvragen, kringgesprekken en het begeleiden van een gesprek tussen "
                                    + "leerlingen.",
                            "Je ontdekt hoe deze aanpak bijdraagt aan een veilig schoolklimaat en aan burgerschap.")
                    .themes(GEDRAG, BURGERSCHAP).audiences(LERAAR, MENTOR, SCHOOLLEIDER).sectors(PO, VO, MBO)
                    .build(ON_SITE, ADVANCED, 12, 0),
            course("KLO-GED-03", "Traumasensitief lesgeven")
                    .summary("Begrijp hoe ingrijpende ervaringen het leren beïnvloeden en bied leerlingen veiligheid "
                            + "en voorspelbaarheid.")
                    .description("Steeds meer leerlingen hebben te maken gehad met ingrijpende jeugdervaringen, "
                                    + "zoals armoede, een vechtscheiding of een vlucht.",
                            "Je leert hoe stress het gedrag en het leren beïnvloedt en wat je in de klas kunt doen "
                                    + "om rust en vertrouwen te bieden.",
                            "De cursus wordt gegeven door orthopedagogen uit het speciaal onderwijs.")
                    .themes(GEDRAG, PASSEND_ONDERWIJS).audiences(LERAAR, INTERN_BEGELEIDER, ONDERWIJSASSISTENT)
                    .sectors(PO, SO, VO)
                    .build(BLENDED, ADVANCED, 16, 9_500),
            course("KLO-IND-01", "Startbekwaam, en dan? Basistraining voor startende leraren")
                    .summary("Een stevige start in je eerste jaar: lesvoorbereiding, klassenmanagement en omgaan met "
                            + "werkdruk.")
                    .description("In deze basistraining ontmoet je startende leraren van andere scholen en besturen "
                                    + "in de regio.",
                            "Je werkt aan de onderwerpen waar starters het vaakst tegenaan lopen: een goede "
                                    + "lesopbouw, orde en rust, oudergesprekken en je eigen grenzen bewaken.",
                            "De training hoort bij het regionale inductieprogramma en sluit aan bij de begeleiding "
                                    + "door je mentor op school.")
                    .themes(INDUCTIE, DIDACTIEK).audiences(STARTENDE_LERAAR, ZIJ_INSTROMER).sectors(PO, SO, VO, MBO)
                    .build(BLENDED, INTRODUCTORY, 24, 0),
            course("KLO-IND-02", "Klassenmanagement voor starters")
                    .summary("Zet vanaf de eerste dag routines en afspraken neer die zorgen voor rust en leertijd in "
                            + "je klas.")
                    .description("Je leert hoe je in de eerste weken van het schooljaar een positieve groepsdynamiek "
                                    + "opbouwt.",
                            "Je oefent met het inrichten van routines, het geven van heldere instructies en het "
                                    + "reageren op verstorend gedrag.",
                            "Met een maatje uit de cursus bezoek je elkaars lessen en geef je elkaar gerichte "
                                    + "feedback.")
                    .themes(INDUCTIE, GEDRAG).audiences(STARTENDE_LERAAR, ZIJ_INSTROMER).sectors(PO, SO, VO, MBO)
                    .build(ON_SITE, INTRODUCTORY, 12, 0),
            course("KLO-IND-03", "Mentor van startende leraren")
                    .summary("Leer startende collega's begeleiden met observatie, feedback en coachende gesprekken.")
                    .description("Als mentor ben je voor een startende leraar vraagbaak, spiegel en steun tegelijk.",
                            "Je leert lessen te observeren met een kijkwijzer, feedback te geven die de starter "
                                    + "verder helpt en gesprekken te voeren over zijn of haar ontwikkeling.",
                            "Je krijgt een overzicht van het driejarige inductieprogramma, zodat je weet wat er in "
                                    + "elk jaar van je wordt gevraagd.")
                    .themes(BEGELEIDING, INDUCTIE).audiences(MENTOR, LERAAR).sectors(PO, SO, VO, MBO)
                    .build(BLENDED, ADVANCED, 20, 0),
            course("KLO-IND-04", "Intervisie begeleiden: methodieken voor begeleiders")
                    .summary("Leer intervisiegroepen van leraren begeleiden met methoden als de incidentmethode en de "
                            + "roddelmethode.")
                    .description("Intervisie helpt leraren om van elkaar te leren en vraagstukken uit de praktijk te "
                                    + "verhelderen.",
                            "Je oefent met verschillende intervisiemethoden en leert een veilige, maar ook scherpe "
                                    + "gespreksstructuur te bewaken.",
                            "Na de training begeleid je zelf een intervisiegroep van starters in het regionale "
                                    + "inductieprogramma.")
                    .themes(BEGELEIDING).audiences(MENTOR, INTERN_BEGELEIDER, SCHOOLLEIDER).sectors(PO, SO, VO, MBO)
                    .build(ON_SITE, ADVANCED, 16, 0),
            course("KLO-LEI-01", "Coachend leidinggeven")
                    .summary("Ontwikkel een stijl van leidinggeven waarin je medewerkers helpt zelf oplossingen te "
                            + "vinden en te groeien.")
                    .description("Je onderzoekt je eigen stijl van leidinggeven en leert wanneer je stuurt en wanneer "
                                    + "je coacht.",
                            "Met een trainingsacteur oefen je lastige gesprekken, bijvoorbeeld over functioneren of "
                                    + "werkdruk.",
                            "Tussen de bijeenkomsten werk je in een leerteam van schoolleiders van verschillende "
                                    + "besturen aan een eigen leervraag.")
                    .themes(LEIDERSCHAP, BEGELEIDING).audiences(SCHOOLLEIDER).sectors(PO, SO, VO, MBO)
                    .build(BLENDED, ADVANCED, 32, 59_500),
            course("KLO-LEI-02", "Strategisch personeelsbeleid en het lerarentekort")
                    .summary("Ontwikkel met andere schoolleiders en hr-adviseurs aanpakken om leraren te werven, te "
                            + "begeleiden en te behouden.")
                    .description("Het lerarentekort vraagt om keuzes in werving, inzet en behoud van personeel.",
                            "Je werkt met cijfers uit de regio en met voorbeelden van anders organiseren, zoals "
                                    + "onderwijsteams met onderwijsassistenten en zij-instromers.",
                            "Je stelt voor je eigen school of bestuur een personeelsplan voor de komende drie jaar "
                                    + "op.")
                    .themes(LEIDERSCHAP).audiences(SCHOOLLEIDER, STAFF).sectors(PO, SO, VO, MBO)
                    .build(BLENDED, ADVANCED, 24, 0),
            course("KLO-DIF-01", "Differentiëren in de praktijk")
                    .summary("Stem je lessen af op verschillen tussen leerlingen zonder drie lessen tegelijk voor te "
                            + "bereiden.")
                    .description("Je leert differentiëren binnen een gezamenlijke les: in instructie, verwerking en "
                                    + "tijd.",
                            "Je oefent met het indelen van leerlingen op basis van toetsgegevens en observaties, en "
                                    + "met convergente en divergente aanpakken.",
                            "Je ontwerpt een lessenserie voor je eigen groep en bespreekt die met collega's van "
                                    + "andere scholen.")
                    .themes(DIFFERENTIATIE, DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR).sectors(PO, SO, VO)
                    .build(ON_SITE, ADVANCED, 16, 0),
            course("KLO-DIF-02", "Uitdagend onderwijs voor (hoog)begaafde leerlingen")
                    .summary("Herken begaafde leerlingen en bied hun verrijking en verdieping die hen echt uitdaagt.")
                    .description("Begaafde leerlingen vallen niet altijd op door hoge cijfers, soms juist door "
                                    + "onderpresteren of onrust.",
                            "Je leert signalen herkennen, de reguliere lesstof te compacten en verrijkingsopdrachten "
                                    + "te kiezen of te ontwerpen.",
                            "Ook bespreek je hoe je met ouders en de intern begeleider afspraken maakt over een "
                                    + "passend aanbod.")
                    .themes(DIFFERENTIATIE, PASSEND_ONDERWIJS).audiences(LERAAR, INTERN_BEGELEIDER).sectors(PO, VO)
                    .build(BLENDED, ADVANCED, 20, 0),
            course("KLO-DIG-01", "AI in de klas: kansen en grenzen")
                    .summary("Ontdek wat generatieve AI betekent voor je lessen, voor toetsing en voor het leren van "
                            + "je leerlingen.")
                    .description("Je experimenteert met AI-toepassingen bij het voorbereiden van lessen en het maken "
                                    + "van oefenmateriaal.",
                            "Je bespreekt wat AI betekent voor schrijfopdrachten en toetsing, en hoe je leerlingen "
                                    + "leert er kritisch en verantwoord mee om te gaan.",
                            "Ook privacy en de afspraken binnen je bestuur komen aan bod.")
                    .themes(DIGITALE_GELETTERDHEID, DIDACTIEK).audiences(LERAAR, STARTENDE_LERAAR, SCHOOLLEIDER)
                    .sectors(PO, VO, MBO)
                    .build(ONLINE, INTRODUCTORY, 6, 0),
            course("KLO-DIG-02", "Mediawijsheid en online veiligheid")
                    .summary("Leer leerlingen kritisch en veilig omgaan met sociale media, nepnieuws en online "
                            + "contacten.")
                    .description("Je maakt kennis met de online leefwereld van kinderen en jongeren en met de risico's "
                                    + "die daarbij horen, zoals online pesten en sextortion.",
                            "Je krijgt lesideeën om met leerlingen te praten over nepnieuws, privacy en respectvol "
                                    + "gedrag online.",
                            "Na afloop weet je wat je doet bij een incident en wie je daarbij inschakelt.")
                    .themes(DIGITALE_GELETTERDHEID, BURGERSCHAP).audiences(LERAAR, MENTOR).sectors(PO, SO, VO)
                    .build(ONLINE, INTRODUCTORY, 6, 0),
            course("KLO-TAA-01", "Meertaligheid in de klas")
                    .summary("Benut de thuistalen van je leerlingen als bron voor het leren van het Nederlands en van "
                            + "de vakken.")
                    .description("In veel klassen in de regio spreken leerlingen thuis een andere taal dan het "
                                    + "Nederlands.",
                            "Je leert hoe je die meertaligheid benut in plaats van buitensluit, met werkvormen als "
                                    + "translanguaging en taalportretten.",
                            "Je ontdekt ook wat dit betekent voor de samenwerking met ouders.")
                    .themes(TAAL, DIFFERENTIATIE).audiences(LERAAR, ONDERWIJSASSISTENT).sectors(PO, VO)
                    .build(ON_SITE, INTRODUCTORY, 8, 0),
            course("KLO-LEZ-01", "Leesmotivatie: bouwen aan een leesrijke school")
                    .summary("Maak van je school een plek waar leerlingen graag lezen, met een aanpak voor het hele "
                            + "team.")
                    .description("Leesplezier is de motor achter leesvaardigheid, maar ontstaat niet vanzelf.",
                            "Je leert hoe je met voorlezen, boekgesprekken en een aantrekkelijke schoolbibliotheek "
                                    + "het lezen stimuleert.",
                            "Met de leescoördinator of een collega uit je team stel je een leesplan op voor je eigen "
                                    + "school.")
                    .themes(LEZEN).audiences(LERAAR, ONDERWIJSASSISTENT, SCHOOLLEIDER).sectors(PO, SO, VO)
                    .build(ON_SITE, INTRODUCTORY, 10, 0),
            course("KLO-REK-01", "Rekenproblemen en dyscalculie signaleren")
                    .summary("Herken hardnekkige rekenproblemen op tijd en weet welke ondersteuning een leerling dan "
                            + "nodig heeft.")
                    .description("Je leert het verschil tussen rekenproblemen en dyscalculie en welke signalen je in "
                                    + "de klas kunt zien.",
                            "Je oefent met diagnostische gesprekken waarin je achterhaalt hoe een leerling denkt en "
                                    + "rekent.",
                            "Voor een leerling uit je groep stel je een handelingsplan op, dat je met de intern "
                                    + "begeleider bespreekt.")
                    .themes(REKENEN, PASSEND_ONDERWIJS).audiences(LERAAR, INTERN_BEGELEIDER).sectors(PO, SO, VO)
                    .build(BLENDED, ADVANCED, 16, 19_500),
            course("KLO-PAS-01", "Passend onderwijs: samenwerken met ouders en ketenpartners")
                    .summary("Werk als school samen met ouders, jeugdhulp en samenwerkingsverband aan een passende "
                            + "plek voor elke leerling.")
                    .description("Passend onderwijs lukt alleen als iedereen rond een leerling dezelfde kant op kijkt.",
                            "Je leert hoe je ouders als gelijkwaardige partner betrekt, een groeidocument opstelt en "
                                    + "een multidisciplinair overleg voorbereidt.",
                            "Medewerkers van het samenwerkingsverband en de jeugdhulp vertellen over hun rol en over "
                                    + "de route naar extra ondersteuning.")
                    .themes(PASSEND_ONDERWIJS, BEGELEIDING).audiences(INTERN_BEGELEIDER, SCHOOLLEIDER, LERAAR)
                    .sectors(PO, SO, VO)
                    .build(ON_SITE, ADVANCED, 12, 0),
            course("KLO-PAS-02", "Werken met het ontwikkelingsperspectief (OPP)")
                    .summary("Stel een ontwikkelingsperspectief op dat richting geeft aan het onderwijs en dat ouders "
                            + "en leerling begrijpen.")
                    .description("Je leert welke onderdelen een ontwikkelingsperspectiefplan moet bevatten en hoe je "
                                    + "realistische maar ambitieuze uitstroomverwachtingen formuleert.",
                            "Je oefent met het evalueren en bijstellen van het plan op basis van de ontwikkeling van "
                                    + "de leerling.",
                            "Aan de hand van voorbeelden uit het speciaal onderwijs bespreek je hoe het OPP een "
                                    + "levend document wordt.")
                    .themes(PASSEND_ONDERWIJS).audiences(INTERN_BEGELEIDER, LERAAR).sectors(SO, PO, VO)
                    .build(ONLINE, SPECIALIST, 10, 0),
            course("KLO-BUR-01", "Burgerschap en democratie in de klas")
                    .summary("Laat leerlingen oefenen met democratie, verschillen en meningsvorming, in gesprekken "
                            + "die ertoe doen.")
                    .description("Je leert hoe je een klassengesprek over een gevoelig of actueel onderwerp veilig en "
                                    + "open begeleidt.",
                            "Je maakt kennis met werkvormen als het stellingenspel, de klassenvergadering en het "
                                    + "democratisch dilemma.",
                            "Ook verken je hoe burgerschap zichtbaar wordt in het schoolplan en in de dagelijkse "
                                    + "omgang op school.")
                    .themes(BURGERSCHAP).audiences(LERAAR, STARTENDE_LERAAR, MENTOR).sectors(PO, VO, MBO)
                    .build(ON_SITE, INTRODUCTORY, 8, 0),
            course("KLO-ZIJ-01", "Zij-instromers begeleiden in de school")
                    .summary("Geef zij-instromers de begeleiding die past bij hun ervaring en bij de combinatie van "
                            + "werken en leren.")
                    .description("Zij-instromers brengen veel levenservaring mee, maar staan vaak direct voor de klas "
                                    + "terwijl ze nog in opleiding zijn.",
                            "Je leert wat zij in het eerste jaar nodig hebben en hoe je opleiding, werk en "
                                    + "begeleiding op school op elkaar afstemt.",
                            "Je maakt een begeleidingsplan dat je met je zij-instromer en de lerarenopleiding "
                                    + "bespreekt.")
                    .themes(BEGELEIDING, INDUCTIE).audiences(MENTOR, SCHOOLLEIDER).sectors(PO, VO, MBO)
                    .build(ON_SITE, INTRODUCTORY, 8, 0));

    private NetworkCourses() {
    }
}
