package org.claimcheck.report.sets;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One test result in Allure 2's result-file format ({@code <uuid>-result.json} in an
 * allure-results folder), for the comparison tool, which reports outside a test run and so
 * without Allure's test-runner library.
 */
record AllureResultFile(String uuid, String historyId, String name, String fullName, String status, Map<String, String> statusDetails,
                        String stage, long start, long stop, List<NameValue> labels, List<NameValue> parameters, List<Attachment> attachments) {

    record NameValue(String name, String value) {
    }

    record Attachment(String name, String type, String source) {
    }

    void write(Path allureResults) throws IOException {
        new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(allureResults.resolve(uuid + "-result.json").toFile(), this);
    }
}
