package nl.onderwijsloket.portal.demo;

import static nl.onderwijsloket.portal.people.JobFunction.ONDERWIJSASSISTENT;
import static nl.onderwijsloket.portal.people.JobFunction.SCHOOLLEIDER;
import static nl.onderwijsloket.portal.people.JobFunction.STARTENDE_LERAAR;
import static nl.onderwijsloket.portal.people.JobFunction.ZIJ_INSTROMER;

import java.util.List;
import nl.onderwijsloket.portal.catalogue.StepKind;
import nl.onderwijsloket.portal.people.JobFunction;

/** The four pathways (leerroutes) of the regional programme; positions follow the order of the steps. */
final class DemoPathways {

    record Pathway(String code, String title, String summary, String description, int durationMonths,
            String outcome, List<JobFunction> audiences, List<Step> steps) {
    }

    /** A step; for a COURSE step {@code title} is null and the course's title is used. */
    record Step(StepKind kind, String courseCode, String title, String description, int plannedMonth) {
    }

    private static Step course(int month, String courseCode, String description) {
        return new Step(StepKind.COURSE, courseCode, null, description, month);
    }

    private static Step milestone(int month, String title, String description) {
        return new Step(StepKind.MILESTONE, null, title, description, month);
    }

    static final List<Pathway> PATHWAYS = List.of(
            new Pathway("mbo5-onderwijsassistent", "Mbo-5-route voor onderwijsassistenten",
                    "Voor onderwijsassistenten die niet naar de pabo willen, maar wel iets extra's willen: "
                            + "verdieping op mbo-5-niveau naast je werk.",
                    "Deze route is bedoeld voor ervaren onderwijsassistenten die hun rol in de klas willen "
                            + "verbreden en verdiepen, zonder een volledige lerarenopleiding te volgen. "
                            + "In twee jaar volg je modules van ROC Oost College over instructie, lezen, rekenen en "
                            + "gedrag, en pas je het geleerde direct toe in je eigen school. "
                            + "Je sluit af met een verbeterproject en een certificaat op mbo-5-niveau.",
                    24,
                    "Certificaat onderwijsassistent mbo-5: je geeft zelfstandig instructie aan kleine groepen en "
                            + "ondersteunt de leraar bij lezen, rekenen en gedrag.",
                    List.of(ONDERWIJSASSISTENT),
                    List.of(
                            milestone(1, "Intakegesprek en portfolioscan",
                                    "Met een loopbaanadviseur van het ROC en je leidinggevende bespreek je je "
                                            + "ervaring en stel je je persoonlijke leerroute vast."),
                            course(2, "ROC-OA-01", "De basis: instructie geven aan een groepje leerlingen."),
                            course(5, "ROC-OA-02", "Leesbegeleiding voor leerlingen die extra oefening nodig hebben."),
                            course(8, "ROC-OA-03", "Rekenondersteuning met materialen en modellen."),
                            course(11, "ROC-OA-04", "Gedrag begrijpen en begeleiden, samen met de leraar."),
                            milestone(12, "Tussenevaluatie met leidinggevende",
                                    "Je bespreekt je voortgang en kiest het vraagstuk voor je praktijkopdracht."),
                            course(14, "ROC-OA-05", "Verdieping in de ontwikkeling van kinderen en jongeren."),
                            course(18, "ROC-OA-06", "Je verbeterproject in je eigen school."),
                            milestone(24, "Eindpresentatie en certificaat",
                                    "Je presenteert je verbeterproject aan je team en aan de "
                                            + "beoordelingscommissie en ontvangt je certificaat."))),
            new Pathway("pabo-voorbereiding", "Voorbereiding op de pabo",
                    "Een voorbereidingsprogramma voor onderwijsassistenten en zij-instromers die naar de pabo "
                            + "willen en zich willen voorbereiden op de toelatingstoetsen.",
                    "Wie naar de pabo gaat, moet aantonen voldoende te weten van rekenen en taal en, afhankelijk "
                            + "van de vooropleiding, van aardrijkskunde, geschiedenis en natuur en techniek. "
                            + "In dit programma van Hogeschool Oost bereid je je in een half jaar gericht voor op "
                            + "de toelatingstoetsen, naast je werk in de school. "
                            + "Na een nulmeting volg je alleen de onderdelen die je nodig hebt.",
                    6,
                    "Je bent voorbereid op de toelatingstoetsen rekenen, taal, aardrijkskunde, geschiedenis en "
                            + "natuur en techniek, en klaar om in te stromen in de pabo.",
                    List.of(ONDERWIJSASSISTENT, ZIJ_INSTROMER),
                    List.of(
                            milestone(1, "Oriëntatiegesprek en nulmeting",
                                    "Je bespreekt je motivatie en vooropleiding en maakt een nulmeting voor rekenen "
                                            + "en taal."),
                            course(1, "HSO-PAB-01", "Voorbereiding op de toelatingstoets rekenen."),
                            course(2, "HSO-PAB-02", "Voorbereiding op de toelatingstoets taal."),
                            course(3, "HSO-PAB-03", "Alleen nodig als je deze vakken niet in je "
                                    + "eindexamenpakket had."),
                            course(4, "HSO-PAB-04", "Alleen nodig als je natuurkunde of biologie niet in je "
                                    + "eindexamenpakket had."),
                            milestone(6, "Toelatingstoetsen afleggen",
                                    "Je legt de toetsen af die voor jou gelden en bespreekt de uitslag met je "
                                            + "begeleider."))),
            new Pathway("inductie-startende-leraren", "Inductieprogramma startende leraren",
                    "Het driejarige inductieprogramma van de regio: begeleiding, intervisie en scholing, zodat je "
                            + "als startende leraar goed landt en blijft.",
                    "Startende leraren krijgen in de regio drie jaar lang begeleiding volgens een gezamenlijk "
                            + "protocol. Het eerste jaar is intensief: een vaste mentor, lesbezoeken, intervisie en "
                            + "een basistraining met starters van andere scholen. In het tweede en derde jaar neemt "
                            + "de begeleiding af en werk je steeds zelfstandiger aan je eigen ontwikkeling.",
                    36,
                    "Je bent gegroeid van startbekwaam naar basisbekwaam en hebt een ontwikkelplan voor de jaren "
                            + "daarna.",
                    List.of(STARTENDE_LERAAR),
                    List.of(
                            milestone(1, "Startgesprek met mentor",
                                    "Kennismaking met je mentor, afspraken over begeleiding en een eerste "
                                            + "verkenning van je leervragen."),
                            course(1, "KLO-IND-01", "Basistraining met starters van andere scholen in de regio."),
                            milestone(2, "Lesbezoek en feedback",
                                    "Je mentor bezoekt in het eerste jaar minstens vier lessen en bespreekt ze met "
                                            + "je na."),
                            course(3, "KLO-IND-02", "Routines en afspraken voor rust in de klas."),
                            milestone(4, "Intervisie: 6 bijeenkomsten",
                                    "Zes bijeenkomsten met starters van andere scholen, begeleid door een getrainde "
                                            + "intervisiebegeleider."),
                            milestone(6, "Tussentijds ontwikkelgesprek",
                                    "Je bespreekt met je mentor en schoolleider je voortgang aan de hand van de "
                                            + "bekwaamheidseisen."),
                            milestone(11, "Eindgesprek jaar 1",
                                    "Je kijkt terug op het eerste jaar en legt je leerdoelen voor jaar 2 vast."),
                            course(15, "KLO-DIF-01", "Verdieping in jaar 2: afstemmen op verschillen."),
                            milestone(16, "Intervisie: 4 bijeenkomsten",
                                    "Vier intervisiebijeenkomsten met dezelfde groep als in jaar 1."),
                            milestone(18, "Collegiale consultatie",
                                    "Je bezoekt lessen van een ervaren collega en ontvangt zelf een collega in je "
                                            + "klas."),
                            milestone(23, "Eindgesprek jaar 2",
                                    "Je bespreekt je ontwikkeling en kiest een onderzoeksvraag voor jaar 3."),
                            course(26, "HSO-OND-01", "In jaar 3 onderzoek je een vraag uit je eigen lespraktijk."),
                            milestone(28, "Intervisie: 3 bijeenkomsten",
                                    "Drie bijeenkomsten waarin je zelf een casus inbrengt en die van anderen "
                                            + "helpt verhelderen."),
                            milestone(35, "Afrondend gesprek: basisbekwaam",
                                    "Met je schoolleider stel je vast dat je basisbekwaam bent en maak je afspraken "
                                            + "over je verdere ontwikkeling."))),
            new Pathway("inductie-schoolleiders", "Inductieprogramma (startende) schoolleiders",
                    "Een leerroute voor nieuwe schoolleiders: een goede start, een netwerk van collega's en "
                            + "verdieping in onderwijskwaliteit en personeelsbeleid.",
                    "Als nieuwe schoolleider sta je voor een brede opdracht, vaak zonder direct een collega "
                            + "naast je. In deze route combineer je training met intervisie in een regionaal netwerk "
                            + "van schoolleiders. In twee jaar werk je aan je rol, aan coachend leidinggeven, aan de "
                            + "kwaliteit van het onderwijs en aan een toekomstbestendig team.",
                    24,
                    "Je hebt je rol als schoolleider stevig neergezet, een kwaliteitsagenda en personeelsplan voor "
                            + "je school opgesteld en een netwerk van collega-schoolleiders opgebouwd.",
                    List.of(SCHOOLLEIDER),
                    List.of(
                            milestone(1, "Kennismaking met bestuurder en schoolleidersnetwerk",
                                    "Je maakt afspraken met je bestuurder over je opdracht en sluit aan bij het "
                                            + "regionale schoolleidersnetwerk."),
                            course(1, "ESK-LEI-01", "De eerste honderd dagen, met een ervaren schoolleider als "
                                    + "coach."),
                            course(3, "KLO-LEI-01", "Coachend leidinggeven, met trainingsacteurs."),
                            milestone(4, "Intervisie schoolleiders: 5 bijeenkomsten",
                                    "Vijf bijeenkomsten met schoolleiders van andere besturen."),
                            course(8, "HSO-LEI-01", "Sturen op onderwijskwaliteit en het schoolplan."),
                            course(13, "KLO-LEI-02", "Personeelsbeleid in tijden van lerarentekort."),
                            milestone(16, "360-gradenfeedback",
                                    "Je vraagt feedback aan teamleden, collega-schoolleiders en je bestuurder en "
                                            + "bespreekt de uitkomsten met een coach."),
                            milestone(24, "Reflectiegesprek en registratie",
                                    "Je sluit af met een reflectiegesprek en registreert je "
                                            + "professionalisering in het schoolleidersregister."))));

    private DemoPathways() {
    }
}
