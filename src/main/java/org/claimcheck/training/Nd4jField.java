package org.claimcheck.training;

import java.lang.reflect.Field;
import java.util.function.UnaryOperator;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Replaces one of ND4J's private static fields, which have no setter. Where a DL4J release has no
 * such field, or it holds something else, nothing is replaced and a line says so: training then
 * runs as ND4J alone runs it, slower, with the same numbers.
 */
final class Nd4jField {
    private Nd4jField() {
    }

    /** Sets {@code Nd4j.name} to {@code replacement} of its value, unless that returns the value itself. */
    static synchronized void replace(String name, String what, UnaryOperator<Object> replacement) {
        try {
            Field field = Nd4j.class.getDeclaredField(name);
            field.setAccessible(true);
            Object current = field.get(null);
            Object replaced = replacement.apply(current);
            if (replaced != current) {
                field.set(null, replaced);
            }
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            System.err.println("[claimcheck] " + what + " could not be installed in ND4J (" + e + "): training is slower, its numbers the same");
        }
    }
}
