package org.claimcheck.expect;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code expected/<claim>/robustness.json}: per case and backend, the fraction of seed pairs for
 * which the claim's relation held when it was last recorded. Written only while recording.
 */
public final class RobustnessStore {
    public static final String FILE = "robustness.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_NULL_CREATOR_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES);

    private final ExpectedStore store;

    public RobustnessStore(ExpectedStore store) {
        this.store = store;
    }

    public Path path(String claim) {
        return store.root().resolve(claim).resolve(FILE);
    }

    public Optional<SeedRobustness> lookup(String claim, String caseId, String backend) {
        return read(claim).stream().filter(r -> r.caseId().equals(caseId) && r.backend().equals(backend)).findFirst();
    }

    public synchronized void write(String claim, SeedRobustness entry) {
        List<SeedRobustness> entries = new ArrayList<>(read(claim));
        entries.removeIf(r -> r.caseId().equals(entry.caseId()) && r.backend().equals(entry.backend()));
        entries.add(entry);
        entries.sort(java.util.Comparator.comparing(SeedRobustness::caseId).thenComparing(SeedRobustness::backend));
        store.write(path(claim), entries);
    }

    private List<SeedRobustness> read(String claim) {
        Path file = path(claim);
        if (!Files.exists(file)) {
            return List.of();
        }
        try {
            return List.of(JSON.readValue(file.toFile(), SeedRobustness[].class));
        } catch (JsonProcessingException e) {
            throw new ExpectedFileException(file, JsonErrors.describe(e), e);
        } catch (IOException e) {
            throw new ExpectedFileException(file, "cannot be read: " + e.getMessage(), e);
        }
    }
}
