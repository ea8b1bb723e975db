package org.claimcheck.junit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.claimcheck.claims.CaseKind;
import org.claimcheck.claims.Catalogue;

/** Every case the {@link ClaimTest} methods of a package declare, found on the test class path. */
public final class DeclaredCases {
    private DeclaredCases() {
    }

    public record Declared(Catalogue claim, CaseKind kind, Method method) {
    }

    public static List<Declared> in(String packageName) {
        Path folder = Path.of("target/test-classes", packageName.replace('.', '/'));
        List<Declared> declared = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
                String name = file.getFileName().toString();
                Class<?> type = Class.forName(packageName + "." + name.substring(0, name.length() - ".class".length()));
                for (Method method : type.getDeclaredMethods()) {
                    ClaimTest annotation = method.getAnnotation(ClaimTest.class);
                    if (annotation != null) {
                        ClaimCheckExtension.cases(method, annotation).forEach(kind -> declared.add(new Declared(annotation.value(), kind, method)));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        return declared;
    }
}
