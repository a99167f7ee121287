package nl.onderwijsloket.portal.induction;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every kind, helper and template change the programme screens show has a label in both languages. */
class ProgrammeLabelsTest {

    @Test
    void everyProgrammeEnumHasADutchAndAnEnglishLabel() throws IOException {
        List<String> keys = Stream.of(
                        Arrays.stream(ProgrammeKind.values()).map(ProgrammeKind::labelKey),
                        Arrays.stream(MilestoneKind.values()).map(MilestoneKind::labelKey),
                        Arrays.stream(Helper.values()).map(Helper::labelKey),
                        Arrays.stream(TemplateChange.Type.values()).map(TemplateChange.Type::labelKey),
                        Arrays.stream(TemplateChange.Field.values()).map(TemplateChange.Field::labelKey))
                .flatMap(s -> s).toList();
        for (String file : List.of("messages.properties", "messages_en.properties")) {
            Properties labels = load(file);
            assertThat(keys).as(file).allSatisfy(key -> assertThat(labels.getProperty(key)).as(key).isNotBlank());
        }
    }

    private static Properties load(String name) throws IOException {
        var props = new Properties();
        try (InputStream in = ProgrammeLabelsTest.class.getResourceAsStream("/i18n/" + name)) {
            props.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return props;
    }
}
