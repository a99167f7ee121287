package nl.onderwijsloket.portal.induction.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Every sentence the matching can show has a Dutch and an English text. */
class MatchingTranslationsTest {

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (InputStream in = MatchingTranslationsTest.class.getResourceAsStream("/i18n/" + name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }

    @Test
    void everyKeyHasBothTexts() throws IOException {
        List<String> keys = new ArrayList<>(PairingScore.keys());
        keys.add("induction.score.total");
        Arrays.stream(Criterion.values()).map(Criterion::labelKey).forEach(keys::add);
        Arrays.stream(Exclusion.values()).map(Exclusion::labelKey).forEach(keys::add);
        Arrays.stream(CohortAssignment.Reason.values()).map(CohortAssignment.Reason::labelKey).forEach(keys::add);
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties props = load(file);
            assertThat(keys).allSatisfy(key -> assertThat(props.getProperty(key)).as(file + ": " + key).isNotBlank());
        }
    }

    @Test
    void theInductionKeysAreTheSameInBothLanguagesAndValidPatterns() throws IOException {
        Properties nl = load("messages.properties");
        Properties en = load("messages_en.properties");
        assertThat(inductionKeys(en)).isEqualTo(inductionKeys(nl)).isNotEmpty();
        for (Properties props : List.of(nl, en)) {
            for (String key : inductionKeys(props)) {
                String pattern = props.getProperty(key);
                String formatted = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {1, 2, 3});
                assertThat(formatted).as(key).doesNotContain("{");
                assertThat(pattern.replace("''", "")).as(key).doesNotContain("'");
            }
        }
    }

    private static Set<String> inductionKeys(Properties props) {
        return props.stringPropertyNames().stream().filter(k -> k.startsWith("induction.score.")
                || k.startsWith("induction.exclusion.") || k.startsWith("induction.cohort.unassigned."))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
