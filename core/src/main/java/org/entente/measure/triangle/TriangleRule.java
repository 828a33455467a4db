package org.entente.measure.triangle;

/**
 * The documented rule (docs/triangle.md) from a pair's inputs to a score and a sign. Each
 * component gives -1, 0 or +1 times its weight; the pair is in amity when the score reaches
 * {@code amityAt}.
 *
 * @param allianceWeight weight of an ATOP defense or offense pact in force (+1 when one is)
 * @param tauAmity tau-b at or above this counts +1
 * @param tauEnmity tau-b at or below this counts -1
 * @param eventWeight weight of the sign of the Goldstein balance, where event data cover the year
 * @param amityAt the lowest score read as amity
 */
public record TriangleRule(double allianceWeight, double tauAmity, double tauEnmity, double eventWeight,
        double amityAt) {

    public static final TriangleRule DEFAULT = new TriangleRule(1, 0.1, -0.1, 1, 1);

    public TriangleRule {
        if (tauEnmity > tauAmity) {
            throw new IllegalArgumentException("the tau-b enmity threshold " + tauEnmity
                    + " is above the amity threshold " + tauAmity);
        }
    }

    /** A pair's score and the part each input took in it. */
    public record Score(PairInputs inputs, double alliance, double similarity, double events, boolean amity) {
        public double total() {
            return alliance + similarity + events;
        }
    }

    public Score score(PairInputs in) {
        double alliance = (in.atopDefense() == 1 || in.atopOffense() == 1) ? allianceWeight : 0;
        double similarity = in.tauB() == null ? 0 : in.tauB() >= tauAmity ? 1 : in.tauB() <= tauEnmity ? -1 : 0;
        double events = in.goldstein() == null ? 0 : Math.signum(in.goldstein()) * eventWeight;
        return new Score(in, alliance, similarity, events, alliance + similarity + events >= amityAt);
    }
}
