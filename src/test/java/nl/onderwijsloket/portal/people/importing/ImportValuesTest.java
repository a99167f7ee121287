package nl.onderwijsloket.portal.people.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Properties;
import nl.onderwijsloket.portal.people.JobFunction;
import org.junit.jupiter.api.Test;

/** How the values of an import file are understood. */
class ImportValuesTest {

    @Test
    void everyFunctionIsKnownByItsDutchAndEnglishLabelAndItsName() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties labels = load(file);
            for (JobFunction function : JobFunction.values()) {
                String label = labels.getProperty(function.labelKey());
                assertThat(ImportValues.function(label)).as(file + ": " + label).contains(function);
                assertThat(ImportValues.function(label.toUpperCase())).contains(function);
                assertThat(ImportValues.function(function.name())).contains(function);
            }
        }
    }

    @Test
    void commonSynonymsAndSpellingsAreUnderstood() {
        assertThat(ImportValues.function("Leerkracht")).contains(JobFunction.LERAAR);
        assertThat(ImportValues.function("docent")).contains(JobFunction.LERAAR);
        assertThat(ImportValues.function("zij instromer")).contains(JobFunction.ZIJ_INSTROMER);
        assertThat(ImportValues.function("Zij-instromer")).contains(JobFunction.ZIJ_INSTROMER);
        assertThat(ImportValues.function("IB'er")).contains(JobFunction.INTERN_BEGELEIDER);
        assertThat(ImportValues.function("directeur")).contains(JobFunction.SCHOOLLEIDER);
        assertThat(ImportValues.function("startende_leraar")).contains(JobFunction.STARTENDE_LERAAR);
        assertThat(ImportValues.function("Conciërge")).isEmpty();
    }

    @Test
    void languagesAreDutchOrEnglish() {
        assertThat(ImportValues.language("NL")).contains("nl");
        assertThat(ImportValues.language("Nederlands")).contains("nl");
        assertThat(ImportValues.language("en-GB")).contains("en");
        assertThat(ImportValues.language("English")).contains("en");
        assertThat(ImportValues.language("de")).isEmpty();
    }

    @Test
    void subjectsAreSplitOnTheUsualSeparatorsAndRepeatsDropped() {
        assertThat(ImportValues.subjects("Wiskunde; natuurkunde / Wiskunde|Frans,")).isEqualTo(
                "Wiskunde, natuurkunde, Frans");
        assertThat(ImportValues.subjects("Aardrijkskunde")).isEqualTo("Aardrijkskunde");
        assertThat(ImportValues.subjects(" ; , ")).isNull();
        assertThat(ImportValues.subjects("")).isNull();
    }

    @Test
    void datesAreDayMonthYearOrIso() {
        assertThat(ImportValues.date("01-08-2024")).contains(LocalDate.of(2024, 8, 1));
        assertThat(ImportValues.date("1-8-2024")).contains(LocalDate.of(2024, 8, 1));
        assertThat(ImportValues.date("2024-08-01")).contains(LocalDate.of(2024, 8, 1));
        assertThat(ImportValues.date("31-02-2024")).isEmpty();
        assertThat(ImportValues.date("08/01/2024")).isEmpty();
        assertThat(ImportValues.date("gisteren")).isEmpty();
    }

    @Test
    void emailAddressesNeedALocalPartAndADomainWithADot() {
        assertThat(ImportValues.validEmail("anna.de.vries@school.nl")).isTrue();
        assertThat(ImportValues.validEmail("o'neill+hr@mail.example.org")).isTrue();
        assertThat(ImportValues.validEmail("anna@school")).isFalse();
        assertThat(ImportValues.validEmail("anna school@school.nl")).isFalse();
        assertThat(ImportValues.validEmail("anna..vries@school.nl")).isFalse();
        assertThat(ImportValues.validEmail(".anna@school.nl")).isFalse();
        assertThat(ImportValues.validEmail("anna@@school.nl")).isFalse();
        assertThat(ImportValues.validEmail("anna@-school.nl")).isFalse();
    }

    @Test
    void keysCompareAsTheDatabaseDoes() {
        assertThat(ImportValues.key(" Anna.Vries@School.NL ")).isEqualTo("anna.vries@school.nl");
        assertThat(ImportValues.key("José")).isEqualTo(ImportValues.key("jose"));
    }

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (InputStream in = ImportValuesTest.class.getResourceAsStream("/i18n/" + name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
