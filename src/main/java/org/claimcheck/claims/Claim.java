package org.claimcheck.claims;

/**
 * A row of CLAIMS.md: its stable id, the lecture it comes from, the topic it belongs to, and
 * what the lecture says, in one line.
 */
public record Claim(String id, String lecture, String topic, String statement) {

    public static final String L12 = "L12 — Neural Networks Pt.2";
    public static final String L13 = "L13 — Learning Better Pt.3";
    public static final String NNBP = "NNBP — NN Best Practices";
    public static final String LAB4 = "LAB4 — A tour of the optimisers";
    public static final String LRF = "LRF — Learning-rate finder study";
}
