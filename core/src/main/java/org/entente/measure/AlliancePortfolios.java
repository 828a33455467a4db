package org.entente.measure;

import java.util.Arrays;

/**
 * The alliance ties among all members of the state system in one year, as a member x member
 * matrix of valued ties, and the portfolio similarity of any pair of them.
 *
 * <p>Ties are symmetric: a pair's tie is the strongest obligation either side holds toward the
 * other (ATOP's directed obligations merged). The diagonal is {@link AllianceObligations#SELF_TIE}.
 * Weights are the members' CINC; a member without one weighs nothing.
 */
public final class AlliancePortfolios {

    private final int[] members;
    private final byte[] ties;
    private final double[] weights;

    /** @param members the year's members' COW codes, each once, in any order */
    public AlliancePortfolios(int[] members) {
        this.members = members.clone();
        Arrays.sort(this.members);
        int n = this.members.length;
        this.ties = new byte[n * n];
        for (int i = 0; i < n; i++) {
            ties[i * n + i] = AllianceObligations.SELF_TIE;
        }
        this.weights = new double[n];
    }

    public int size() {
        return members.length;
    }

    public int member(int index) {
        return members[index];
    }

    /** Index of a member, or -1 if {@code ccode} is not a member this year. */
    public int indexOf(int ccode) {
        int i = Arrays.binarySearch(members, ccode);
        return i < 0 ? -1 : i;
    }

    /** Records a tie; the stronger of this and any earlier tie for the pair is kept. Non-members are ignored. */
    public void tie(int ccodeA, int ccodeB, int valuedTie) {
        int a = indexOf(ccodeA);
        int b = indexOf(ccodeB);
        if (a < 0 || b < 0 || a == b) {
            return;
        }
        int n = members.length;
        byte v = (byte) Math.max(ties[a * n + b], valuedTie);
        ties[a * n + b] = v;
        ties[b * n + a] = v;
    }

    public int tieAt(int a, int b) {
        return ties[a * members.length + b];
    }

    /** Sets a member's capability weight (its CINC); non-members are ignored. */
    public void weight(int ccode, double w) {
        int i = indexOf(ccode);
        if (i >= 0 && !Double.isNaN(w)) {
            weights[i] = w;
        }
    }

    /** Similarity of members at indexes {@code a} and {@code b}; {@code scratch} is cleared first. */
    public PortfolioSimilarity.Scores compare(int a, int b, boolean weighted, PortfolioSimilarity.Agreement scratch) {
        scratch.clear();
        int n = members.length;
        int rowA = a * n;
        int rowB = b * n;
        for (int k = 0; k < n; k++) {
            scratch.add(ties[rowA + k], ties[rowB + k], weights[k]);
        }
        return scratch.scores(weighted);
    }
}
