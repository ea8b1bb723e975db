package org.claimcheck.junit;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.claimcheck.spec.RunSpec;

/** The runs a {@link TrainsAhead} class declares. */
public final class DeclaredRuns {

    private DeclaredRuns() {
    }

    /** The seeded runs {@code testClass} declares, the longest first (updates × layers, a rough cost). */
    public static List<RunSpec> of(Class<?> testClass) {
        Set<RunSpec> runs = new LinkedHashSet<>();
        for (Field field : testClass.getDeclaredFields()) {
            if (!Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            field.setAccessible(true);
            Object value;
            try {
                value = field.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(testClass.getName() + "." + field.getName() + ": cannot read its runs", e);
            }
            if (value instanceof RunSpec spec) {
                runs.add(spec);
            } else if (value instanceof Map<?, ?> map) {
                map.values().stream().filter(RunSpec.class::isInstance).map(RunSpec.class::cast).forEach(runs::add);
            }
        }
        List<RunSpec> seeded = new ArrayList<>(runs.stream().filter(RunSpec::fullySeeded).toList());
        seeded.sort(Comparator.comparingLong(DeclaredRuns::roughCost).reversed());
        return seeded;
    }

    private static long roughCost(RunSpec spec) {
        Integer maxSteps = spec.recipe().maxSteps();
        long length = maxSteps != null ? maxSteps : spec.epochs();
        return length * (spec.hidden().size() + 1);
    }
}
