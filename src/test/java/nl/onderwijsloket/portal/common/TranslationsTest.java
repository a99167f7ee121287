package nl.onderwijsloket.portal.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.catalogue.CourseFormat;
import nl.onderwijsloket.portal.catalogue.CourseLevel;
import nl.onderwijsloket.portal.catalogue.EditionStatus;
import nl.onderwijsloket.portal.catalogue.ProviderKind;
import nl.onderwijsloket.portal.catalogue.StepKind;
import nl.onderwijsloket.portal.catalogue.Theme;
import nl.onderwijsloket.portal.people.JobFunction;
import nl.onderwijsloket.portal.people.Sector;
import nl.onderwijsloket.portal.security.Role;
import org.junit.jupiter.api.Test;

/** Dutch and English translations stay complete, in step, and valid for MessageFormat. */
class TranslationsTest {

    static Properties load(String name) throws IOException {
        var props = new Properties();
        try (InputStream in = TranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    void dutchAndEnglishHaveTheSameKeys() throws IOException {
        Properties nl = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(en.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(nl.stringPropertyNames());
    }

    @Test
    void everyEnumShownToUsersHasALabel() throws IOException {
        Properties nl = load("messages.properties");
        Stream.of(
                Arrays.stream(Sector.values()).map(Sector::labelKey),
                Arrays.stream(JobFunction.values()).map(JobFunction::labelKey),
                Arrays.stream(Theme.values()).map(Theme::labelKey),
                Arrays.stream(CourseFormat.values()).map(CourseFormat::labelKey),
                Arrays.stream(CourseLevel.values()).map(CourseLevel::labelKey),
                Arrays.stream(EditionStatus.values()).map(EditionStatus::labelKey),
                Arrays.stream(ProviderKind.values()).map(ProviderKind::labelKey),
                Arrays.stream(StepKind.values()).map(StepKind::labelKey),
                Arrays.stream(Role.values()).map(Role::labelKey))
                .flatMap(s -> s)
                .forEach(key -> assertThat(nl.getProperty(key)).as(key).isNotBlank());
    }

    @Test
    void everyMessageIsAValidPattern() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_en.properties"}) {
            Properties props = load(file);
            for (String key : props.stringPropertyNames()) {
                // A lone apostrophe would silently swallow text under MessageFormat.
                String formatted = new MessageFormat(props.getProperty(key), Locale.ROOT).format(new Object[] {1, 2, 3, 4, 5});
                assertThat(formatted).as(file + ": " + key).doesNotContain("{");
                assertThat(props.getProperty(key).replace("''", "")).as(file + ": " + key).doesNotContain("'");
            }
        }
    }
}
