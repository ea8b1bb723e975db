package org.claimcheck.report;

import io.qameta.allure.Allure;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** The Allure calls the claim tests make, in one place. */
public final class AllureReport {
    private AllureReport() {
    }

    public static void labels(String lecture, String topic, String claimId) {
        Allure.epic(lecture);
        Allure.feature(topic);
        Allure.story(claimId);
    }

    public static void tag(String tag) {
        Allure.label("tag", tag);
    }

    public static void parameter(String name, Object value) {
        Allure.parameter(name, String.valueOf(value));
    }

    public static void png(String name, byte[] png) {
        Allure.addAttachment(name, "image/png", new ByteArrayInputStream(png), "png");
    }

    public static void csv(String name, String csv) {
        Allure.addAttachment(name, "text/csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), "csv");
    }

    public static void text(String name, String text) {
        Allure.addAttachment(name, "text/plain", new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "txt");
    }

    public static void description(String markdown) {
        Allure.description(markdown);
    }
}
