package org.claimcheck.suite;

/**
 * One of n parts of the test suite, from {@code -Dclaimcheck.shard=i/n} (1 ≤ i ≤ n). A CI matrix
 * runs shard 1/n … n/n on n machines; MergeResults puts the parts back together.
 */
public record Shard(int index, int count) {
    public static final String PROPERTY = "claimcheck.shard";

    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("-D" + PROPERTY + "=" + index + "/" + count + ": needs 1 <= i <= n in i/n, e.g. 2/3");
        }
    }

    /** The shard this JVM runs, or null when the property is unset (the whole suite). */
    public static Shard fromSystemProperty() {
        String text = System.getProperty(PROPERTY, "").strip();
        return text.isEmpty() ? null : parse(text);
    }

    public static Shard parse(String text) {
        String[] parts = text.strip().split("/");
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException("-D" + PROPERTY + "=" + text + " is not i/n (e.g. 1/3 for the first of three shards)");
    }

    /**
     * The shard (1 … n) a test unit belongs to: its name's String hash (fixed by the Java
     * specification, so the same on every JVM), mixed so that similar names spread out.
     */
    public int of(String unit) {
        int h = unit.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        return Math.floorMod(h, count) + 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
