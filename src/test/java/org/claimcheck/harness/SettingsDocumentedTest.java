package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Every claimcheck.* property the code or the pom reads has a row in README's Settings table. */
@Tag("harness")
class SettingsDocumentedTest {

    @Test
    void everySettingIsInTheReadme() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                collect(Pattern.compile("\"(claimcheck\\.[a-zA-Z.]*[a-zA-Z])\""), Files.readString(source), used);
            }
        }
        collect(Pattern.compile("<(claimcheck\\.[a-zA-Z.]*[a-zA-Z])>"), Files.readString(Path.of("pom.xml")), used);
        String readme = Files.readString(Path.of("README.md"));
        String settings = readme.substring(readme.indexOf("## Settings"), readme.indexOf("\n## ", readme.indexOf("## Settings") + 3));
        List<String> missing = used.stream().filter(name -> !settings.contains("`" + name + "`")).toList();
        assertEquals(List.of(), missing, "settings without a row in README's Settings table");
    }

    private static void collect(Pattern pattern, String text, Set<String> into) {
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            into.add(m.group(1));
        }
    }
}
