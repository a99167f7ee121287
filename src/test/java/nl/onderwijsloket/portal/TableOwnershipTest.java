package nl.onderwijsloket.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import nl.onderwijsloket.portal.common.OwnsTables;
import org.junit.jupiter.api.Test;

/**
 * Table ownership (DD014), checked against the migrations and the source: every table and view has exactly one
 * owning feature; SQL in a feature names only its own tables and views or views other features publish;
 * only the owner writes, except through a view its owner declares writable; SQL lives in classes named
 * {@code *Sql} (or in a Spring Data {@code *Repository} on its own tables); multi-line SQL is a text block.
 * A new feature or table is covered with no edit here: it fails until its package declares what it owns.
 */
class TableOwnershipTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Path SOURCES = Path.of("src/main/java/nl/onderwijsloket/portal");
    private static final String ROOT = "nl.onderwijsloket.portal";
    /** Flyway's Java migration that seeds the demo region: a migration, which writes every feature's tables. */
    private static final Set<String> MIGRATION_PACKAGES = Set.of("demo");

    private static final Pattern CREATED = Pattern.compile(
            "CREATE\\s+(?:ALGORITHM\\s*=\\s*\\w+\\s+)?(TABLE|VIEW)\\s+(\\w+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern READ = Pattern.compile("\\b(?:FROM|JOIN)\\s+([a-z_][a-z0-9_]*)");
    private static final Pattern WRITE = Pattern.compile(
            "\\b(?:UPDATE|INSERT\\s+(?:IGNORE\\s+)?INTO|DELETE\\s+FROM|REPLACE\\s+INTO)\\s+([a-z_][a-z0-9_]*)");
    /** A string literal ending a line with {@code +} and continued by another literal: SQL that should be a text block. */
    private static final Pattern CONCATENATED_LINES = Pattern.compile("\"\\s*\\+\\s*\\n\\s*\"|\"\\s*\\n\\s*\\+\\s*\"");

    private final Map<String, String> created = createdByMigrations();
    private final Map<String, OwnsTables> owners = declaredOwners();

    @Test
    void everyTableAndViewHasExactlyOneOwner() {
        Map<String, List<String>> ownersOf = new TreeMap<>();
        owners.forEach((feature, owns) -> Stream.of(owns.tables(), owns.views()).flatMap(Arrays::stream)
                .forEach(name -> ownersOf.computeIfAbsent(name, n -> new ArrayList<>()).add(feature)));
        assertThat(ownersOf.keySet()).as("declared in @OwnsTables and created by a migration")
                .containsExactlyInAnyOrderElementsOf(created.keySet());
        assertThat(ownersOf).allSatisfy((name, features) -> assertThat(features).as(name).hasSize(1));
        owners.forEach((feature, owns) -> {
            assertThat(Arrays.stream(owns.tables()).map(created::get)).as(feature + " tables").containsOnly("TABLE");
            assertThat(Arrays.stream(owns.views()).map(created::get)).as(feature + " views").allMatch("VIEW"::equals);
            assertThat(List.of(owns.views())).as(feature + " writable views are published views")
                    .containsAll(List.of(owns.writableViews()));
        });
    }

    @Test
    void sqlNamesOnlyItsOwnTablesOrPublishedViews() {
        Map<String, String> ownerOf = new HashMap<>();
        Set<String> published = new LinkedHashSet<>();
        Set<String> writable = new LinkedHashSet<>();
        owners.forEach((feature, owns) -> {
            Stream.of(owns.tables(), owns.views()).flatMap(Arrays::stream).forEach(name -> ownerOf.put(name, feature));
            published.addAll(List.of(owns.views()));
            writable.addAll(List.of(owns.writableViews()));
        });
        List<String> violations = new ArrayList<>();
        for (Path source : mainSources()) {
            String feature = featureOf(source);
            if (MIGRATION_PACKAGES.contains(feature)) {
                continue;
            }
            String text = read(source);
            for (String name : names(READ, text)) {
                if (ownerOf.containsKey(name) && !feature.equals(ownerOf.get(name)) && !published.contains(name)) {
                    violations.add(source + " reads " + ownerOf.get(name) + "'s table " + name);
                }
            }
            for (String name : names(WRITE, text)) {
                if (ownerOf.containsKey(name) && !feature.equals(ownerOf.get(name)) && !writable.contains(name)) {
                    violations.add(source + " writes " + ownerOf.get(name) + "'s " + name);
                }
            }
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void sqlLivesInSqlClassesAndRepositoriesAsTextBlocks() {
        List<String> violations = new ArrayList<>();
        for (Path source : mainSources()) {
            if (MIGRATION_PACKAGES.contains(featureOf(source))) {
                continue;
            }
            String text = read(source);
            boolean holdsSql = !names(READ, text).stream().filter(created::containsKey).toList().isEmpty()
                    || !names(WRITE, text).stream().filter(created::containsKey).toList().isEmpty();
            String file = source.getFileName().toString();
            if (holdsSql && !file.endsWith("Sql.java") && !file.endsWith("Repository.java")) {
                violations.add(source + " holds SQL but is not named *Sql");
            }
            if (holdsSql && CONCATENATED_LINES.matcher(text).find()) {
                violations.add(source + " writes multi-line SQL as concatenated strings, not a text block");
            }
        }
        assertThat(violations).isEmpty();
    }

    private static Map<String, String> createdByMigrations() {
        Map<String, String> created = new TreeMap<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            files.filter(f -> f.toString().endsWith(".sql")).forEach(file -> {
                Matcher m = CREATED.matcher(read(file));
                while (m.find()) {
                    created.put(m.group(2), m.group(1).toUpperCase(java.util.Locale.ROOT));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return created;
    }

    /** Every feature package with a {@code package-info} declaring {@link OwnsTables}, found from the sources. */
    private static Map<String, OwnsTables> declaredOwners() {
        Map<String, OwnsTables> owners = new TreeMap<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).forEach(feature -> {
                try {
                    Class<?> info = Class.forName(ROOT + "." + feature + ".package-info");
                    OwnsTables owns = info.getAnnotation(OwnsTables.class);
                    if (owns != null) {
                        owners.put(feature, owns);
                    }
                } catch (ClassNotFoundException e) {
                    // a package without package-info owns nothing
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return owners;
    }

    private static List<Path> mainSources() {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String featureOf(Path source) {
        return SOURCES.relativize(source).getName(0).toString();
    }

    private static Set<String> names(Pattern pattern, String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
