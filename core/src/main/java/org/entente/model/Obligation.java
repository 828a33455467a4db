package org.entente.model;

/**
 * What a treaty provision commits the parties to, in ATOP's vocabulary, plus the two kinds of
 * article that commit nothing in security terms.
 */
public enum Obligation {
    DEFENSE, OFFENSE, NEUTRALITY, NON_AGGRESSION, CONSULTATION,
    /** military or security cooperation short of a pledge (exercises, supply, exchanges) */
    MILITARY_COOPERATION,
    /** anything else: economic, cultural, border, political principles */
    OTHER
}
