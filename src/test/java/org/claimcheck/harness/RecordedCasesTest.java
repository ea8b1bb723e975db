package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.claimcheck.junit.DeclaredCases;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * verdicts.json and robustness.json are keyed by case ids: every key must be a case that a claim
 * test declares, so that renaming a case cannot silently orphan its records.
 */
@Tag("harness")
class RecordedCasesTest {

    @Test
    void everyRecordedCaseIsDeclaredByItsClaimTest() throws IOException {
        List<DeclaredCases.Declared> declared = DeclaredCases.in("org.claimcheck.claims");
        Map<String, Set<String>> ids = new HashMap<>();
        declared.forEach(d -> ids.computeIfAbsent(d.claim().id(), k -> new HashSet<>()).add(d.kind().id()));
        assertEquals(declared.size(), declared.stream().map(d -> d.claim().id() + "/" + d.kind().id()).distinct().count(),
                "two cases of one claim share an id");
        List<String> orphans = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("expected"))) {
            for (Path file : files.filter(f -> f.endsWith("verdicts.json") || f.endsWith("robustness.json")).sorted().toList()) {
                String claim = file.getParent().getFileName().toString();
                for (JsonNode entry : new ObjectMapper().readTree(file.toFile())) {
                    String id = entry.path("case").asText();
                    if (!ids.getOrDefault(claim, Set.of()).contains(id)) {
                        orphans.add(file + ": case '" + id + "' (cases of " + claim + ": " + ids.getOrDefault(claim, Set.of()) + ")");
                    }
                }
            }
        }
        if (!orphans.isEmpty()) {
            org.junit.jupiter.api.Assertions.fail(orphans.size() + " recorded entr" + (orphans.size() == 1 ? "y names a case" : "ies name cases")
                    + " that no @ClaimTest declares (renamed or removed? rename the entry's \"case\" too): " + String.join("; ", orphans));
        }
    }
}
