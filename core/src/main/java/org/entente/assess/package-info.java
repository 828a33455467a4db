/**
 * The assessment: the seed paper's analysis as documented rules over a case file and the store.
 *
 * <p>The output model is a tree of records ({@link org.entente.assess.Assessment} →
 * {@link org.entente.assess.Section} → {@link org.entente.assess.Finding} / {@link org.entente.assess.Table},
 * each figure with its {@link org.entente.assess.SourceRef}s). The rules are written out in
 * {@code docs/assessment-method.md}.
 */
package org.entente.assess;
