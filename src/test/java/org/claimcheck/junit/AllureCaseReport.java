package org.claimcheck.junit;

import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.claimcheck.claims.CaseReport;

/** A claim case's report as Allure calls, in one place. */
final class AllureCaseReport implements CaseReport {
    static final AllureCaseReport INSTANCE = new AllureCaseReport();

    private AllureCaseReport() {
    }

    @Override
    public void labels(String lecture, String topic, String claimId) {
        Allure.epic(lecture);
        Allure.feature(topic);
        Allure.story(claimId);
    }

    @Override
    public void tag(String tag) {
        Allure.label("tag", tag);
    }

    @Override
    public void parameter(String name, String value) {
        Allure.parameter(name, value);
    }

    @Override
    public void png(String name, byte[] png) {
        Allure.addAttachment(name, "image/png", new ByteArrayInputStream(png), "png");
    }

    @Override
    public void csv(String name, String csv) {
        Allure.addAttachment(name, "text/csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv");
    }

    @Override
    public void text(String name, String text) {
        Allure.addAttachment(name, "text/plain", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "txt");
    }

    @Override
    public void description(String markdown) {
        Allure.description(markdown);
    }
}
