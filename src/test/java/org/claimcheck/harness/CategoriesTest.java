package org.claimcheck.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.claimcheck.claims.Outcome;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The report's categories sort every outcome's message into exactly one category of its status. */
@Tag("harness")
class CategoriesTest {

    @Test
    void everyOutcomeFallsIntoOneCategoryOfItsStatus() throws IOException {
        JsonNode categories = new ObjectMapper().readTree(Path.of("src/test/allure/categories.json").toFile());
        for (Outcome outcome : Outcome.values()) {
            if (outcome == Outcome.PASSED) {
                continue;
            }
            String message = outcome.prefix() + "a sentence\nand its evidence";
            String status = outcome.status().name().toLowerCase(Locale.ROOT);
            List<String> matching = new ArrayList<>();
            for (JsonNode category : categories) {
                boolean statusMatches = false;
                for (JsonNode s : category.get("matchedStatuses")) {
                    statusMatches |= s.asText().equals(status);
                }
                JsonNode regex = category.get("messageRegex");
                if (statusMatches && regex != null && message.matches(regex.asText())) {
                    matching.add(category.get("name").asText());
                }
            }
            assertEquals(1, matching.size(), outcome + " (" + status + ", \"" + outcome.prefix() + "…\") matches " + matching);
        }
    }
}
