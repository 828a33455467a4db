/**
 * The domain records every layer shares: a case and what it holds ({@link org.entente.model.Case},
 * {@link org.entente.model.Party}, {@link org.entente.model.Source}, treaties, summits, deals,
 * claims...), read from case files by {@code org.entente.source.casefile}, and the one COW state
 * directory ({@link org.entente.model.StateDirectory}).
 */
package org.entente.model;
